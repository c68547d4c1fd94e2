package org.rnngradientlab.app.view;

/** The View menu: projector mode, the dark theme and the UI language, each remembered. */
public interface AppearanceCommands {

    /** Whether projector mode is on. */
    boolean projectorMode();

    /** Large type, thick lines and strong contrast for a lecture hall, or back. */
    void setProjectorMode(boolean on);

    /** Whether the dark theme is on. */
    boolean darkTheme();

    void setDarkTheme(boolean on);

    /** The UI language, "en" or "ko". */
    String language();

    /** Switches the UI language; the state stays. */
    void setLanguage(String language);
}
