package org.rnngradientlab.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.app.view.MainView;
import org.rnngradientlab.app.view.MenuCommands;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
import org.rnngradientlab.app.window.Appearance;
import org.rnngradientlab.app.window.ChartExports;
import org.rnngradientlab.app.window.Dialogs;
import org.rnngradientlab.app.window.FxDialogs;
import org.rnngradientlab.app.window.Help;
import org.rnngradientlab.app.window.LessonFiles;
import org.rnngradientlab.app.window.PreferencesSettings;
import org.rnngradientlab.app.window.Settings;
import org.rnngradientlab.app.window.WindowPlacement;
import org.rnngradientlab.core.GradientSimulator;

/**
 * The window, assembled: the view-model over the live simulation, the menus' commands (lesson files,
 * exports, appearance, help; each in {@code app.window}), and the view built for the current language, anew
 * when it changes. It only wires; what each piece does is in the piece.
 */
public final class WindowController {

    private final Stage stage;
    private final LiveSimulation live;
    private final LabViewModel model;
    private final Settings settings;
    private final Appearance appearance;
    private final LessonFiles lessons;
    private final ChartExports exports;
    private final MenuCommands commands;
    private MainView view;

    /** @param dialogs the questions to ask (real dialogs owned by {@code stage}, or a script in tests) */
    public WindowController(
            Stage stage, LiveSimulation live, Settings settings, Appearance appearance, Dialogs dialogs) {
        this.stage = stage;
        this.live = live;
        this.model = new LabViewModel(live);
        this.settings = settings;
        this.appearance = appearance;
        this.lessons = LessonFiles.withReaderThread(dialogs, settings, model, appearance);
        this.exports = new ChartExports(dialogs, model, appearance, settings, this::chartSize);
        this.commands =
                new MenuCommands(lessons, exports, appearance, new Help(dialogs, appearance::messages, stage::close));
    }

    /** The app's configuration: real dialogs, preferences, worker threads. */
    static WindowController forApp(Stage stage) {
        Settings settings = PreferencesSettings.forUser();
        Appearance appearance = new Appearance(settings);
        Dialogs dialogs = new FxDialogs(stage, appearance::messages, () -> List.copyOf(appearance.stylesheets()));
        return new WindowController(
                stage, LiveSimulation.withWorkerThreads(new GradientSimulator()), settings, appearance, dialogs);
    }

    /** Shows the window, where it was last time, with {@code lesson} opened if given. */
    public void show(Optional<Path> lesson) {
        view = new MainView(model, appearance.messages(), commands);
        Scene scene = new Scene(view, 1280, 800);
        Bindings.bindContent(scene.getStylesheets(), appearance.stylesheets());
        appearance.messagesProperty().addListener((observable, old, messages) -> {
            view = new MainView(model, messages, commands);
            scene.setRoot(view);
        });
        stage.setTitle(RnnGradientLabApp.TITLE);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons()
                    .add(new Image(Resources.url("icons/rnn-gradient-lab-" + size + ".png")
                            .toExternalForm()));
        }
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        WindowPlacement.restoreAndRemember(stage, settings);
        stage.show();
        lesson.ifPresent(lessons::openLesson);
    }

    private Dimension2D chartSize() {
        return new Dimension2D(view.chartPane().getWidth(), view.chartPane().getHeight());
    }

    public LabViewModel model() {
        return model;
    }

    /** The view shown now (a new one after a change of language). */
    public MainView view() {
        return view;
    }

    public Messages messages() {
        return appearance.messages();
    }

    public Appearance appearance() {
        return appearance;
    }

    public LessonFiles lessons() {
        return lessons;
    }

    public ChartExports exports() {
        return exports;
    }

    /** Stops the simulation threads. */
    public void close() {
        live.close();
    }
}
