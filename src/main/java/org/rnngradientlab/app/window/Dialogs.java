package org.rnngradientlab.app.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rnngradientlab.app.export.ExportTheme;

/** The questions the app asks the user; real dialogs in the window, scripted answers in tests. */
public interface Dialogs {

    /** A kind of file: what the chooser shows, the extension written, and older ones still opened. */
    record FileType(String description, String extension, List<String> alsoOpened) {
        FileType(String description, String extension) {
            this(description, extension, List.of());
        }

        /** Every extension the chooser accepts, the written one first. */
        List<String> extensions() {
            List<String> all = new ArrayList<>(List.of(extension));
            all.addAll(alsoOpened);
            return all;
        }
    }

    /** Where to save, or empty if cancelled; {@code suggested} is the initial file name. */
    Optional<Path> saveFile(String title, String suggested, FileType type);

    /** Which file to open, or empty if cancelled. */
    Optional<Path> openFile(String title, FileType type);

    /** Size, pixel ratio and look of an exported chart, or empty if cancelled. */
    Optional<ExportOptions> exportOptions(ExportOptions initial);

    /** Whether to replace an existing file. */
    boolean confirmOverwrite(Path path);

    /** Tells the user that something went wrong, in one or two sentences. */
    void error(String title, String message);

    /** Shows an informative text. */
    void information(String title, String header, String text);

    /**
     * How an exported chart is drawn.
     *
     * @param width width in points
     * @param height height in points
     * @param pixelRatio pixels per point: 1, 2 or 3
     * @param theme the look to draw in
     */
    record ExportOptions(int width, int height, double pixelRatio, ExportTheme theme) {}
}
