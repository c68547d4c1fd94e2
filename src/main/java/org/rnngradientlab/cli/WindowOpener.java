package org.rnngradientlab.cli;

/** Opens the app's window; supplied by the JavaFX side, so that the command line needs no JavaFX. */
@FunctionalInterface
public interface WindowOpener {

    /** Opens the window and returns when it closes. */
    void open();
}
