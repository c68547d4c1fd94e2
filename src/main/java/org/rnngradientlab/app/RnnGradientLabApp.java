package org.rnngradientlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class RnnGradientLabApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("RNN Gradient Lab");
        stage.setScene(new Scene(new Label("RNN Gradient Lab"), 640, 400));
        stage.show();
    }
}
