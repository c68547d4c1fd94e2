package org.rnngradientlab.cli;

import java.nio.file.Path;

/** Opens the app's window; supplied by the JavaFX side, so that the command line needs no JavaFX. */
@FunctionalInterface
public interface WindowOpener {

    /** Opens the window, with {@code lesson} opened if not null, and returns when it closes. */
    void open(Path lesson);
}
