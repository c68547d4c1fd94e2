package org.rnngradientlab.app.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rnngradientlab.app.export.ExportTheme;

/** What the app remembers between sessions: the look, the language, the window, the recent lessons. */
public interface Settings {

    /** Where and how large the window was. */
    record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

    /** The chosen language ("en" or "ko"), or empty to follow the system. */
    Optional<String> language();

    void setLanguage(String language);

    boolean projectorMode();

    void setProjectorMode(boolean on);

    boolean darkTheme();

    void setDarkTheme(boolean on);

    /** The look exported charts are drawn in; {@link ExportTheme#LIGHT} until another is chosen. */
    ExportTheme exportTheme();

    void setExportTheme(ExportTheme theme);

    Optional<WindowBounds> windowBounds();

    void setWindowBounds(WindowBounds bounds);

    /** Lesson files opened or saved, newest first. */
    List<Path> recentLessons();

    /** Puts {@code path} first among the recent lessons. */
    void addRecentLesson(Path path);

    /** Forgets a recent lesson (it no longer exists). */
    void removeRecentLesson(Path path);
}
