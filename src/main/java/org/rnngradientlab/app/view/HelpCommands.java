package org.rnngradientlab.app.view;

/** The Help menu, and quitting. */
public interface HelpCommands {

    /** Shows the keys that work where. */
    void showShortcuts();

    /** Shows what the app is, its version and licences. */
    void showAbout();

    /** Closes the window. */
    void quit();
}
