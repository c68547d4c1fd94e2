package org.rnngradientlab.app.view;

import java.nio.file.Path;
import java.util.List;

/**
 * What the menus and buttons ask of the app beyond the view-model: files, the clipboard, the look and the
 * language. The app implements it with dialogs; tests with scripted answers.
 */
public interface AppActions {

    /** Asks for a lesson file and opens it. */
    void openLesson();

    /** Opens a lesson file named in the recent list. */
    void openLesson(Path path);

    /** Lesson files opened or saved recently, newest first. */
    List<Path> recentLessons();

    /** Asks where, then saves the whole state as a lesson file. */
    void saveLesson();

    /** Asks where and how large, then writes the chart as PNG. */
    void exportChart();

    /** Puts the chart on the clipboard as an image. */
    void copyChart();

    /** Asks where, then writes one CSV row per step. */
    void exportCsv();

    /** Asks where, then writes a numpy script that reproduces the run and plots it. */
    void exportPython();

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

    /** Shows the keys that work where. */
    void showShortcuts();

    /** Shows what the app is, its version and licences. */
    void showAbout();

    /** Closes the window. */
    void quit();
}
