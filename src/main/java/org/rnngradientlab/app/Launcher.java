package org.rnngradientlab.app;

import javafx.application.Application;
import org.rnngradientlab.cli.Cli;

/**
 * The entry point of the jar. A plain class, not an {@link Application}, so that {@code java -jar} works with
 * JavaFX on the class path. With no arguments it opens the window; otherwise it runs the command line.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        int status = Cli.run(() -> Application.launch(RnnGradientLabApp.class), args);
        if (args.length > 0) {
            System.exit(status);
        }
    }
}
