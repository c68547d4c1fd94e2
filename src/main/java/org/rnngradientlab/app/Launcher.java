package org.rnngradientlab.app;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.rnngradientlab.app.export.HeadlessChartRenderer;
import org.rnngradientlab.cli.Cli;
import org.rnngradientlab.core.GradientSimulator;

/**
 * The entry point of the jar. A plain class, not an {@link Application}, so that {@code java -jar} works with
 * JavaFX on the class path. With no arguments it opens the window; otherwise it runs the command line.
 */
public final class Launcher {

    /**
     * JavaFX warns that it runs from the class path, which is how this jar is built and works as intended;
     * the warning would only stand between a user and the command line's one-line messages. Held here so
     * that the logger and its level live as long as the app.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Launcher() {}

    public static void main(String[] args) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        int status = Cli.run(Launcher::openWindow, new HeadlessChartRenderer(), args);
        System.exit(status);
    }

    /** Opens the window; the simulation leaves one core free so that drawing never waits for it. */
    static void openWindow(Path lesson) {
        if (System.getProperty(GradientSimulator.COMPUTE_THREADS_PROPERTY) == null) {
            int cores = Runtime.getRuntime().availableProcessors();
            System.setProperty(GradientSimulator.COMPUTE_THREADS_PROPERTY, Integer.toString(Math.max(1, cores - 1)));
        }
        if (lesson == null) {
            Application.launch(RnnGradientLabApp.class);
        } else {
            Application.launch(RnnGradientLabApp.class, "--open=" + lesson.toAbsolutePath());
        }
    }
}
