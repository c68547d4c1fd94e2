package org.rnngradientlab.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.rnngradientlab.app.export.ChartImage;
import org.rnngradientlab.app.view.AppActions;
import org.rnngradientlab.app.view.MainView;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.RunCsv;

/** The window's actions: exports through {@link Dialogs}, written atomically, with failures explained. */
final class WindowCommands implements AppActions {

    static final Dialogs.FileType PNG = new Dialogs.FileType("PNG", "png");
    static final Dialogs.FileType CSV = new Dialogs.FileType("CSV", "csv");

    private final Stage stage;
    private final LabViewModel model;
    private final Supplier<MainView> view;
    private final Supplier<Messages> messages;
    private final Supplier<List<String>> stylesheets;
    private final Dialogs dialogs;
    private Dialogs.ExportOptions lastExport = new Dialogs.ExportOptions(1280, 720, 2);

    WindowCommands(
            Stage stage,
            LabViewModel model,
            Supplier<MainView> view,
            Supplier<Messages> messages,
            Supplier<List<String>> stylesheets,
            Dialogs dialogs) {
        this.stage = stage;
        this.model = model;
        this.view = view;
        this.messages = messages;
        this.stylesheets = stylesheets;
        this.dialogs = dialogs;
    }

    @Override
    public void exportChart() {
        Optional<Dialogs.ExportOptions> options = dialogs.exportOptions(lastExport);
        if (options.isEmpty()) {
            return;
        }
        lastExport = options.get();
        Optional<Path> path = askForFile("export.chart.title", "rnn-gradient.png", PNG);
        if (path.isEmpty()) {
            return;
        }
        Messages text = messages.get();
        WritableImage image = ChartImage.render(
                view.get().chartContent(),
                text,
                stylesheets.get(),
                ChartImage.caption(model.getParams(), text),
                lastExport.width(),
                lastExport.height(),
                lastExport.pixelRatio());
        write(path.get(), () -> ChartImage.writePng(image, path.get()));
    }

    @Override
    public void copyChart() {
        Messages text = messages.get();
        double width = Math.max(640, view.get().chartPane().getWidth());
        double height = Math.max(360, view.get().chartPane().getHeight());
        WritableImage image = ChartImage.render(
                view.get().chartContent(),
                text,
                stylesheets.get(),
                ChartImage.caption(model.getParams(), text),
                width,
                height,
                2);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void exportCsv() {
        BackpropRun run = model.runProperty().get();
        if (run == null) {
            return;
        }
        askForFile("export.csv.title", "rnn-gradient.csv", CSV)
                .ifPresent(path -> write(
                        path,
                        () -> AtomicFiles.write(path, out -> {
                            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                            RunCsv.write(run, writer);
                        })));
    }

    @Override
    public void showShortcuts() {
        Messages text = messages.get();
        dialogs.information(
                text.text("menu.help.shortcuts"), text.text("shortcuts.header"), text.text("shortcuts.text"));
    }

    @Override
    public void showAbout() {
        Messages text = messages.get();
        String version = WindowCommands.class.getPackage().getImplementationVersion();
        dialogs.information(
                text.text("menu.help.about"),
                text.text("app.title"),
                text.format("about.text", version == null ? "dev" : version));
    }

    @Override
    public void quit() {
        stage.close();
    }

    /**
     * A save path. The platform's dialog has already asked before replacing the file the user chose; when
     * the extension is added here, the file with it is another one, and replacing it is asked here.
     */
    Optional<Path> askForFile(String titleKey, String suggested, Dialogs.FileType type) {
        Optional<Path> chosen = dialogs.saveFile(messages.get().text(titleKey), suggested, type);
        if (chosen.isEmpty()) {
            return chosen;
        }
        Path path = withExtension(chosen.get(), type.extension());
        if (!path.equals(chosen.get()) && Files.exists(path) && !dialogs.confirmOverwrite(path)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** A file action that may fail; failure is told in a dialog naming the path and the reason. */
    interface FileAction {
        void run() throws IOException;
    }

    void write(Path path, FileAction action) {
        try {
            action.run();
        } catch (IOException e) {
            Messages text = messages.get();
            dialogs.error(text.text("error.write.title"), text.format("error.write", path, AtomicFiles.reason(e)));
        }
    }

    static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension)
                ? path
                : path.resolveSibling(name + "." + extension);
    }
}
