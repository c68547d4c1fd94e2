package org.rnngradientlab.app.window;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Dimension2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.rnngradientlab.app.export.ChartImage;
import org.rnngradientlab.app.export.ExportTheme;
import org.rnngradientlab.app.export.PythonScript;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.view.ExportCommands;
import org.rnngradientlab.app.viewmodel.ChartContent;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.RunCsv;

/**
 * The window's exports: the chart as PNG at a chosen size and ratio, or on the clipboard, both drawn from
 * {@link LabViewModel#chartContent()} in the chosen export look (light unless another was chosen, whatever
 * the window's theme: slides are white), remembered in the settings; the run as CSV; a numpy script. Files
 * are written atomically, and a failure is told with the path and the reason.
 */
public final class ChartExports implements ExportCommands {

    static final Dialogs.FileType PNG = new Dialogs.FileType("PNG", "png");
    static final Dialogs.FileType CSV = new Dialogs.FileType("CSV", "csv");
    static final Dialogs.FileType PYTHON = new Dialogs.FileType("Python", "py");

    private final Dialogs dialogs;
    private final LabViewModel model;
    private final Appearance appearance;
    private final Settings settings;
    private final Supplier<Dimension2D> chartSize;
    private final FileSaving saving;
    private int lastWidth = 1280;
    private int lastHeight = 720;
    private double lastRatio = 2;

    /**
     * @param settings where the chosen export look is remembered
     * @param chartSize the size of the chart on screen, in points, for the clipboard's copy
     */
    public ChartExports(
            Dialogs dialogs,
            LabViewModel model,
            Appearance appearance,
            Settings settings,
            Supplier<Dimension2D> chartSize) {
        this.dialogs = dialogs;
        this.model = model;
        this.appearance = appearance;
        this.settings = settings;
        this.chartSize = chartSize;
        this.saving = new FileSaving(dialogs, appearance::messages);
    }

    @Override
    public void exportChart() {
        Optional<Dialogs.ExportOptions> options = dialogs.exportOptions(
                new Dialogs.ExportOptions(lastWidth, lastHeight, lastRatio, settings.exportTheme()));
        if (options.isEmpty()) {
            return;
        }
        Dialogs.ExportOptions chosen = options.get();
        lastWidth = chosen.width();
        lastHeight = chosen.height();
        lastRatio = chosen.pixelRatio();
        settings.setExportTheme(chosen.theme());
        Optional<Path> path = saving.askForFile("export.chart.title", "rnn-gradient.png", PNG);
        if (path.isEmpty()) {
            return;
        }
        WritableImage image = render(chosen.width(), chosen.height(), chosen.pixelRatio(), chosen.theme());
        saving.write(path.get(), () -> ChartImage.writePng(image, path.get()));
    }

    @Override
    public void copyChart() {
        Dimension2D size = chartSize.get();
        WritableImage image =
                render(Math.max(640, size.getWidth()), Math.max(360, size.getHeight()), 2, settings.exportTheme());
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private WritableImage render(double width, double height, double pixelRatio, ExportTheme theme) {
        Messages messages = appearance.messages();
        ChartContent content = model.chartContent();
        return ChartImage.render(
                content,
                messages,
                theme.stylesheets(List.copyOf(appearance.stylesheets())),
                ChartImage.caption(content.run(), messages),
                width,
                height,
                pixelRatio);
    }

    @Override
    public void exportCsv() {
        BackpropRun run = model.runProperty().get();
        if (run == null) {
            return;
        }
        saving.askForFile("export.csv.title", "rnn-gradient.csv", CSV)
                .ifPresent(path -> saving.write(
                        path,
                        () -> AtomicFiles.write(path, out -> {
                            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                            RunCsv.write(run, writer);
                        })));
    }

    @Override
    public void exportPython() {
        String script = PythonScript.of(model.getParams(), appearance.messages());
        saving.askForFile("export.python.title", "rnn_gradient.py", PYTHON)
                .ifPresent(path -> saving.write(
                        path,
                        () -> AtomicFiles.write(path, out -> out.write(script.getBytes(StandardCharsets.UTF_8)))));
    }
}
