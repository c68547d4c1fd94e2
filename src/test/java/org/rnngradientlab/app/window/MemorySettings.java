package org.rnngradientlab.app.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rnngradientlab.app.export.ExportTheme;

/** Settings kept in memory, for tests. */
public final class MemorySettings implements Settings {

    public String language;
    public boolean projector;
    public boolean dark;
    public ExportTheme exportTheme = ExportTheme.LIGHT;
    public WindowBounds bounds;
    public final List<Path> recent = new ArrayList<>();

    public MemorySettings(String language) {
        this.language = language;
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    @Override
    public void setLanguage(String value) {
        language = value;
    }

    @Override
    public boolean projectorMode() {
        return projector;
    }

    @Override
    public void setProjectorMode(boolean on) {
        projector = on;
    }

    @Override
    public boolean darkTheme() {
        return dark;
    }

    @Override
    public void setDarkTheme(boolean on) {
        dark = on;
    }

    @Override
    public ExportTheme exportTheme() {
        return exportTheme;
    }

    @Override
    public void setExportTheme(ExportTheme theme) {
        exportTheme = theme;
    }

    @Override
    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(bounds);
    }

    @Override
    public void setWindowBounds(WindowBounds value) {
        bounds = value;
    }

    @Override
    public List<Path> recentLessons() {
        return List.copyOf(recent);
    }

    @Override
    public void addRecentLesson(Path path) {
        recent.remove(path);
        recent.add(0, path);
    }

    @Override
    public void removeRecentLesson(Path path) {
        recent.remove(path);
    }
}
