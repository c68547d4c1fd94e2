package org.rnngradientlab.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.view.chart.NormChartPane;
import org.rnngradientlab.app.viewmodel.ChartContent;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.Verdict;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.GrowthFactor;
import org.rnngradientlab.io.AtomicFiles;

/**
 * The norm chart as an image for slides and notes: drawn offscreen at a chosen size in points, with a
 * caption of the parameters and the verdict, and rendered at 1×, 2× or 3× pixel ratio (a 800 × 450 chart at 2× is a
 * 1600 × 900 PNG). The window and the command line's {@code export} use the same drawing.
 */
public final class ChartImage {

    /** Allowed pixel ratios. */
    public static final double MIN_RATIO = 1;

    public static final double MAX_RATIO = 4;

    private ChartImage() {}

    /**
     * Renders {@code content} in {@code width} × {@code height} points at {@code pixelRatio}; on the FX thread.
     *
     * @param stylesheets the stylesheets of the look to render in (theme, projector mode)
     * @param caption the caption above the chart, or null for none
     */
    public static WritableImage render(
            ChartContent content,
            Messages messages,
            List<String> stylesheets,
            String caption,
            double width,
            double height,
            double pixelRatio) {
        NormChartPane pane = new NormChartPane(messages);
        pane.setCaption(caption);
        pane.show(content);
        StackPane root = new StackPane(pane);
        root.getStyleClass().add("export-root");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(stylesheets);
        root.applyCss();
        root.layout();
        pane.show(content);
        root.applyCss();
        root.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(pixelRatio, pixelRatio));
        WritableImage image =
                new WritableImage((int) Math.round(width * pixelRatio), (int) Math.round(height * pixelRatio));
        return root.snapshot(parameters, image);
    }

    /**
     * Writes {@code image} as PNG, atomically: {@code path} is replaced as a whole or not at all. ImageIO
     * encodes in memory, with no cache file in the temporary folder (which a killed process would leave, and
     * whose closer thread fails after a full disk); whatever it throws becomes an {@link IOException}.
     */
    public static void writePng(Image image, Path path) throws IOException {
        var buffered = SwingFXUtils.fromFXImage(image, null);
        ImageIO.setUseCache(false);
        AtomicFiles.write(path, out -> {
            try {
                if (!ImageIO.write(buffered, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            } catch (RuntimeException e) {
                throw new IOException("the PNG encoder failed: " + e, e);
            }
        });
    }

    /**
     * The caption of an exported chart, in the UI's language: every parameter, then the verdict the window
     * shows with where its factor comes from, e.g. "vanishing ×0.43 per step (measured over steps 6–20)". In
     * matmul mode the verdict's factor is ρ(Wh), and the measured growth factor ({@link GrowthFactor}) is
     * named beside it.
     */
    public static String caption(BackpropRun run, Messages messages) {
        String parameters = messages.caption(run.params());
        Verdict verdict = LabViewModel.verdictOf(run);
        if (verdict.kind() == Verdict.Kind.UNKNOWN) {
            return parameters;
        }
        int steps = run.params().steps();
        String first = Integer.toString(GrowthFactor.firstMeasuredStep(steps));
        String last = Integer.toString(steps);
        if (verdict.measured()) {
            return parameters + "\n" + messages.format("export.verdict.measured", verdict.text(messages), first, last);
        }
        OptionalDouble measured = GrowthFactor.of(run.norms());
        if (measured.isEmpty()) {
            return parameters + "\n" + verdict.text(messages);
        }
        return parameters + "\n"
                + messages.format(
                        "export.verdict.spectral",
                        verdict.text(messages),
                        Verdict.factorText(measured.getAsDouble(), messages),
                        first,
                        last);
    }
}
