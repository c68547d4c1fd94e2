package org.rnngradientlab.app.view;

/** The File menu's exports: the chart as PNG or on the clipboard, the data as CSV, the run as Python. */
public interface ExportCommands {

    /** Asks where and how large, then writes the chart as PNG. */
    void exportChart();

    /** Puts the chart on the clipboard as an image. */
    void copyChart();

    /** Asks where, then writes one CSV row per step. */
    void exportCsv();

    /** Asks where, then writes a numpy script that reproduces the run and plots it. */
    void exportPython();
}
