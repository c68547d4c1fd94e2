package org.rnngradientlab.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.rnngradientlab.app.view.MainView;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
import org.rnngradientlab.core.GradientSimulator;

/** The JavaFX application: one window titled "RNN Gradient Lab". */
public final class RnnGradientLabApp extends Application {

    /** The window's title; tests look for it. */
    public static final String TITLE = "RNN Gradient Lab";

    private LiveSimulation live;

    @Override
    public void start(Stage stage) {
        Resources.loadFonts();
        live = LiveSimulation.withWorkerThreads(new GradientSimulator());
        LabViewModel model = new LabViewModel(live);
        Messages messages = Messages.of(Locale.getDefault());
        List<String> stylesheets = List.of(Resources.stylesheet("app.css"));
        MainView[] view = new MainView[1];
        Dialogs dialogs = new FxDialogs(stage, () -> messages, () -> stylesheets);
        WindowCommands commands =
                new WindowCommands(stage, model, () -> view[0], () -> messages, () -> stylesheets, dialogs);
        view[0] = new MainView(model, messages, commands);
        Scene scene = new Scene(view[0], 1280, 800);
        scene.getStylesheets().setAll(stylesheets);
        stage.setTitle(TITLE);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons()
                    .add(new Image(Resources.url("icons/rnn-gradient-lab-" + size + ".png")
                            .toExternalForm()));
        }
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        if (live != null) {
            live.close();
        }
    }
}
