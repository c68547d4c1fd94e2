package org.rnngradientlab.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.app.window.ErrorReporter;

/**
 * The JavaFX application: one window titled "RNN Gradient Lab". The parameter {@code --open=FILE} opens a
 * lesson file.
 */
public final class RnnGradientLabApp extends Application {

    /** The window's title; tests look for it. */
    public static final String TITLE = "RNN Gradient Lab";

    private WindowController controller;

    @Override
    public void start(Stage stage) {
        Resources.loadFonts();
        controller = WindowController.forApp(stage);
        ErrorReporter.withDialog(stage, controller::messages).install();
        controller.show(
                Optional.ofNullable(getParameters().getNamed().get("open")).map(Path::of));
    }

    @Override
    public void stop() {
        if (controller != null) {
            controller.close();
        }
    }
}
