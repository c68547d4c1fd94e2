package org.rnngradientlab.app.view;

/**
 * What the menus and buttons ask of the app beyond the view-model: files, the clipboard, the look. The app
 * implements it with dialogs; tests with plain recordings.
 */
public interface AppActions {

    /** Asks where and how large, then writes the chart as PNG. */
    void exportChart();

    /** Puts the chart on the clipboard as an image. */
    void copyChart();

    /** Asks where, then writes one CSV row per step. */
    void exportCsv();

    /** Shows the keys that work where. */
    void showShortcuts();

    /** Shows what the app is, its version and licences. */
    void showAbout();

    /** Closes the window. */
    void quit();
}
