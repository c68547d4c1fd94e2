package org.rnngradientlab.app.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.NumberText;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.app.viewmodel.ChartContent;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
import org.rnngradientlab.cli.ChartRenderer;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.Lesson;

/**
 * The command line's {@code export}: opens the lesson (or the options) as the window does, then draws the
 * chart exactly as the window's export does: its run, its ghosts, its overlays, in its language,
 * on JavaFX started headless (Monocle's headless glass and the software renderer), so that no display is
 * needed, on a server or in a script.
 */
public final class HeadlessChartRenderer implements ChartRenderer {

    @Override
    public void render(Request request) throws IOException {
        ChartContent content =
                contentOf(new Lesson(request.params(), request.pins(), request.overlays(), request.language()));
        startHeadless();
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Resources.loadFonts();
                Messages messages = new Messages(
                        Resources.messages(Locale.forLanguageTag(request.language())), NumberText.forUser());
                image.complete(ChartImage.render(
                        content,
                        messages,
                        ExportTheme.byId(request.theme())
                                .orElseThrow(() -> new IllegalArgumentException("no theme " + request.theme()))
                                .stylesheets(List.of()),
                        ChartImage.caption(content.run(), messages),
                        request.width(),
                        request.height(),
                        request.pixelRatio()));
            } catch (RuntimeException | Error e) {
                image.completeExceptionally(e);
            }
        });
        WritableImage drawn;
        try {
            drawn = image.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "could not draw the chart: " + e.getCause().getMessage(), e.getCause());
        }
        try {
            ChartImage.writePng(drawn, request.out());
        } catch (IOException e) {
            throw new IOException("could not write " + request.out() + ": " + AtomicFiles.reason(e), e);
        }
    }

    /**
     * What the window shows for {@code lesson}: the lesson is opened in a view-model exactly as the window
     * opens it, over the same live simulation run in this thread, so the run, the ghosts and the overlay
     * switches are the window's.
     */
    static ChartContent contentOf(Lesson lesson) {
        Executor here = Runnable::run;
        try (LiveSimulation live = new LiveSimulation(new GradientSimulator(), here, here, here)) {
            LabViewModel model = new LabViewModel(live);
            model.open(lesson);
            if (model.failureProperty().get() != null) {
                throw model.failureProperty().get();
            }
            return model.chartContent();
        }
    }

    /** Starts JavaFX without a display, unless it runs already (as under TestFX). */
    private static void startHeadless() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
            Platform.setImplicitExit(false);
            started.join();
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
