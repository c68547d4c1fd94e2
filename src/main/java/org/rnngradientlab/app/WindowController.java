package org.rnngradientlab.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.rnngradientlab.app.export.ChartImage;
import org.rnngradientlab.app.export.PythonScript;
import org.rnngradientlab.app.view.AppActions;
import org.rnngradientlab.app.view.MainView;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
import org.rnngradientlab.app.viewmodel.PinnedRun;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Progress;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;
import org.rnngradientlab.io.RunCsv;

/**
 * The window: builds the view for the chosen language, applies the look (theme, projector mode), and carries
 * out what the menus ask: lesson files, exports, the clipboard. Files are written atomically; a failure is
 * told in a dialog naming the path and the reason, and the state on screen stays as it was.
 */
public final class WindowController implements AppActions {

    static final Dialogs.FileType PNG = new Dialogs.FileType("PNG", "png");
    static final Dialogs.FileType CSV = new Dialogs.FileType("CSV", "csv");
    static final Dialogs.FileType LESSON = new Dialogs.FileType("RNN Gradient Lab lesson (JSON)", "json");
    static final Dialogs.FileType PYTHON = new Dialogs.FileType("Python", "py");

    private final Stage stage;
    private final LiveSimulation live;
    private final LabViewModel model;
    private final Settings settings;
    private final Dialogs dialogs;
    private final Executor background;
    private String language;
    private Messages messages;
    private MainView view;
    private Dialogs.ExportOptions lastExport = new Dialogs.ExportOptions(1280, 720, 2);

    /**
     * @param dialogs the questions to ask (real dialogs owned by {@code stage}, or a script in tests)
     * @param background where pinned curves of an opened lesson are computed
     */
    public WindowController(Stage stage, LiveSimulation live, Settings settings, Dialogs dialogs, Executor background) {
        this.stage = stage;
        this.live = live;
        this.model = new LabViewModel(live);
        this.settings = settings;
        this.dialogs = dialogs;
        this.background = background;
        this.language = settings.language().orElse(systemLanguage());
        this.messages = messagesFor(language);
    }

    /** The app's configuration: real dialogs, preferences, worker threads. */
    static WindowController forApp(Stage stage) {
        Settings settings = PreferencesSettings.forUser();
        WindowController[] controller = new WindowController[1];
        Dialogs dialogs = new FxDialogs(stage, () -> controller[0].messages, () -> controller[0].stylesheets());
        controller[0] = new WindowController(
                stage,
                LiveSimulation.withWorkerThreads(new GradientSimulator()),
                settings,
                dialogs,
                Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "rnn-lab-lesson");
                    thread.setDaemon(true);
                    return thread;
                }));
        return controller[0];
    }

    /** Shows the window, where it was last time, with {@code lesson} opened if given. */
    public void show(Optional<Path> lesson) {
        view = new MainView(model, messages, this);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().setAll(stylesheets());
        stage.setTitle(RnnGradientLabApp.TITLE);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons()
                    .add(new Image(Resources.url("icons/rnn-gradient-lab-" + size + ".png")
                            .toExternalForm()));
        }
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        settings.windowBounds().filter(WindowController::onSomeScreen).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
        stage.setOnHidden(e -> rememberBounds());
        stage.show();
        lesson.ifPresent(this::openLesson);
    }

    public LabViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }

    public Messages messages() {
        return messages;
    }

    /** The stylesheets of the current look: the base, then the theme, then projector mode. */
    public List<String> stylesheets() {
        List<String> sheets = new ArrayList<>();
        sheets.add(Resources.stylesheet("app.css"));
        if (settings.darkTheme()) {
            sheets.add(Resources.stylesheet("dark.css"));
        }
        if (settings.projectorMode()) {
            sheets.add(Resources.stylesheet("projector.css"));
        }
        return sheets;
    }

    // Look and language

    @Override
    public boolean projectorMode() {
        return settings.projectorMode();
    }

    @Override
    public void setProjectorMode(boolean on) {
        settings.setProjectorMode(on);
        applyLook();
    }

    @Override
    public boolean darkTheme() {
        return settings.darkTheme();
    }

    @Override
    public void setDarkTheme(boolean on) {
        settings.setDarkTheme(on);
        applyLook();
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public void setLanguage(String code) {
        settings.setLanguage(code);
        useLanguage(code);
    }

    private void useLanguage(String code) {
        if (code.equals(language)) {
            return;
        }
        language = code;
        messages = messagesFor(code);
        view = new MainView(model, messages, this);
        stage.getScene().setRoot(view);
    }

    private void applyLook() {
        stage.getScene().getStylesheets().setAll(stylesheets());
    }

    // Lessons

    @Override
    public void openLesson() {
        dialogs.openFile(messages.text("lesson.open.title"), LESSON).ifPresent(this::openLesson);
    }

    @Override
    public void openLesson(Path path) {
        Lesson lesson;
        try {
            lesson = LessonFile.read(path);
        } catch (IOException e) {
            if (Files.notExists(path)) {
                settings.removeRecentLesson(path);
            }
            dialogs.error(
                    messages.text("lesson.open.failed"),
                    messages.format("lesson.problem", path, AtomicFiles.reason(e)));
            return;
        }
        settings.addRecentLesson(path);
        useLanguage(lesson.language());
        model.setParams(lesson.params());
        model.showAsymptoteProperty().set(lesson.overlays().asymptote());
        model.showClippingProperty().set(lesson.overlays().clipping());
        model.showFloat64LimitsProperty().set(lesson.overlays().float64Limits());
        model.showPinsProperty().set(lesson.overlays().pins());
        model.clearPins();
        restorePins(lesson.pins());
    }

    /** Computes the pinned curves of a lesson in the background and shows them when all are there. */
    private void restorePins(List<SimulationParams> pins) {
        if (pins.isEmpty()) {
            return;
        }
        background.execute(() -> {
            GradientSimulator simulator = new GradientSimulator();
            List<PinnedRun> runs = new ArrayList<>();
            for (int i = 0; i < pins.size(); i++) {
                BackpropRun run = simulator.runNorms(pins.get(i), Progress.NONE);
                runs.add(new PinnedRun(run.params(), run.norms().log10Norms(), i % PinnedRun.SLOTS));
            }
            javafx.application.Platform.runLater(() -> model.setPins(runs));
        });
    }

    @Override
    public List<Path> recentLessons() {
        return settings.recentLessons();
    }

    @Override
    public void saveLesson() {
        askForFile("lesson.save.title", "lesson.json", LESSON)
                .ifPresent(path -> write(path, () -> {
                    LessonFile.write(currentLesson(), path);
                    settings.addRecentLesson(path);
                }));
    }

    /** The state on screen as a lesson. */
    public Lesson currentLesson() {
        return new Lesson(
                model.getParams(),
                model.pins().stream().map(PinnedRun::params).toList(),
                new Lesson.Overlays(
                        model.showAsymptoteProperty().get(),
                        model.showClippingProperty().get(),
                        model.showFloat64LimitsProperty().get(),
                        model.showPinsProperty().get()),
                language);
    }

    // Exports

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
        WritableImage image = ChartImage.render(
                view.chartContent(),
                messages,
                stylesheets(),
                ChartImage.caption(model.getParams(), messages),
                lastExport.width(),
                lastExport.height(),
                lastExport.pixelRatio());
        write(path.get(), () -> ChartImage.writePng(image, path.get()));
    }

    @Override
    public void copyChart() {
        double width = Math.max(640, view.chartPane().getWidth());
        double height = Math.max(360, view.chartPane().getHeight());
        WritableImage image = ChartImage.render(
                view.chartContent(),
                messages,
                stylesheets(),
                ChartImage.caption(model.getParams(), messages),
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
    public void exportPython() {
        String script = PythonScript.of(model.getParams(), messages);
        askForFile("export.python.title", "rnn_gradient.py", PYTHON)
                .ifPresent(path -> write(
                        path,
                        () -> AtomicFiles.write(path, out -> out.write(script.getBytes(StandardCharsets.UTF_8)))));
    }

    // Help

    @Override
    public void showShortcuts() {
        dialogs.information(
                messages.text("menu.help.shortcuts"),
                messages.text("shortcuts.header"),
                messages.text("shortcuts.text"));
    }

    @Override
    public void showAbout() {
        String version = WindowController.class.getPackage().getImplementationVersion();
        dialogs.information(
                messages.text("menu.help.about"),
                messages.text("app.title"),
                messages.format("about.text", version == null ? "dev" : version));
    }

    @Override
    public void quit() {
        stage.close();
    }

    /** Stops the simulation threads. */
    public void close() {
        live.close();
    }

    // Files

    /**
     * A save path. The platform's dialog has already asked before replacing the file the user chose; when
     * the extension is added here, the file with it is another one, and replacing it is asked here.
     */
    Optional<Path> askForFile(String titleKey, String suggested, Dialogs.FileType type) {
        Optional<Path> chosen = dialogs.saveFile(messages.text(titleKey), suggested, type);
        if (chosen.isEmpty()) {
            return chosen;
        }
        Path path = withExtension(chosen.get(), type.extension());
        if (!path.equals(chosen.get()) && Files.exists(path) && !dialogs.confirmOverwrite(path)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** A file action that may fail. */
    interface FileAction {
        void run() throws IOException;
    }

    private void write(Path path, FileAction action) {
        try {
            action.run();
        } catch (IOException e) {
            dialogs.error(
                    messages.text("error.write.title"), messages.format("error.write", path, AtomicFiles.reason(e)));
        }
    }

    static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension)
                ? path
                : path.resolveSibling(name + "." + extension);
    }

    private void rememberBounds() {
        if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            settings.setWindowBounds(new Settings.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
    }

    private static boolean onSomeScreen(Settings.WindowBounds bounds) {
        return !Screen.getScreensForRectangle(new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height()))
                .isEmpty();
    }

    private static Messages messagesFor(String code) {
        return new Messages(Resources.messages(Locale.forLanguageTag(code)), NumberText.forUser());
    }

    /** Korean where the system speaks Korean, English elsewhere. */
    static String systemLanguage() {
        return Locale.getDefault(Locale.Category.DISPLAY).getLanguage().equals("ko") ? "ko" : "en";
    }
}
