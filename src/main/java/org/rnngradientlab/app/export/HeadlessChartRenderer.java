package org.rnngradientlab.app.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.rnngradientlab.app.Messages;
import org.rnngradientlab.app.NumberText;
import org.rnngradientlab.app.Resources;
import org.rnngradientlab.app.view.chart.ChartContent;
import org.rnngradientlab.app.viewmodel.PinnedRun;
import org.rnngradientlab.cli.ChartRenderer;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Progress;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.Lesson;

/**
 * The command line's {@code export}: simulates, then draws the chart exactly as the window's export does,
 * on JavaFX started headless (Monocle's headless glass and the software renderer), so that no display is
 * needed, on a server or in a script.
 */
public final class HeadlessChartRenderer implements ChartRenderer {

    @Override
    public void render(Request request) throws IOException {
        GradientSimulator simulator = new GradientSimulator();
        BackpropRun run = simulator.run(request.params());
        List<PinnedRun> pins = new ArrayList<>();
        for (int i = 0; i < request.pins().size(); i++) {
            BackpropRun pin = simulator.runNorms(request.pins().get(i), Progress.NONE);
            pins.add(new PinnedRun(pin.params(), pin.norms().log10Norms(), i % PinnedRun.SLOTS));
        }
        Lesson.Overlays overlays = request.overlays();
        startHeadless();
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Resources.loadFonts();
                Messages messages = new Messages(
                        Resources.messages(Locale.forLanguageTag(request.language())), NumberText.forUser());
                image.complete(ChartImage.render(
                        new ChartContent(run, List.of(), true, false, true, true),
                        messages,
                        List.of(Resources.stylesheet("app.css")),
                        ChartImage.caption(run.params(), messages),
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
