package org.rnngradientlab.app.window;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where it was last time, if that is still on a screen, and remembers where it is on
 * closing. Either way the window fits the screen it opens on: on a 1024 × 768 projector the first window
 * (1280 × 800 where there is room) is shrunk to the screen and placed on it, never half off-screen.
 */
public final class WindowPlacement {

    /** The size of a first window where the screen has room for it. */
    static final double PREFERRED_WIDTH = 1280;

    static final double PREFERRED_HEIGHT = 800;

    private WindowPlacement() {}

    /** Restores the remembered bounds of {@code stage}, fitted to its screen, and remembers them when it is hidden. */
    public static void restoreAndRemember(Stage stage, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        var remembered = settings.windowBounds().filter(WindowPlacement::onSomeScreen);
        Rectangle2D wanted;
        if (remembered.isPresent()) {
            var bounds = remembered.get();
            wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
            List<Screen> screens = Screen.getScreensForRectangle(wanted);
            if (!screens.isEmpty()) {
                screen = screens.get(0).getVisualBounds();
            }
            stage.setMaximized(bounds.maximized());
        } else {
            wanted = centred(screen, PREFERRED_WIDTH, PREFERRED_HEIGHT);
        }
        Rectangle2D fitted = fit(wanted, screen);
        stage.setX(fitted.getMinX());
        stage.setY(fitted.getMinY());
        stage.setWidth(fitted.getWidth());
        stage.setHeight(fitted.getHeight());
        stage.setOnHidden(e -> remember(stage, settings));
    }

    /** {@code wanted}, made no larger than {@code screen} and moved inside it. */
    static Rectangle2D fit(Rectangle2D wanted, Rectangle2D screen) {
        double width = Math.min(wanted.getWidth(), screen.getWidth());
        double height = Math.min(wanted.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(wanted.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(wanted.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    /** A {@code width} × {@code height} window centred on {@code screen} (fitted afterwards). */
    static Rectangle2D centred(Rectangle2D screen, double width, double height) {
        return new Rectangle2D(
                screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2,
                width,
                height);
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
