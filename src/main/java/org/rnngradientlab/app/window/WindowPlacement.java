package org.rnngradientlab.app.window;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time, if that is still on a screen, and remembers where it is on closing. */
public final class WindowPlacement {

    private WindowPlacement() {}

    /** Restores the remembered bounds of {@code stage} and remembers them again when it is hidden. */
    public static void restoreAndRemember(Stage stage, Settings settings) {
        settings.windowBounds().filter(WindowPlacement::onSomeScreen).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
        stage.setOnHidden(e -> remember(stage, settings));
    }

    private static void remember(Stage stage, Settings settings) {
        if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            settings.setWindowBounds(new Settings.WindowBounds(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        }
    }

    private static boolean onSomeScreen(Settings.WindowBounds bounds) {
        return !Screen.getScreensForRectangle(new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height()))
                .isEmpty();
    }
}
