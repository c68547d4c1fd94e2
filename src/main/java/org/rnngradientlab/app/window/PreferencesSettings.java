package org.rnngradientlab.app.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.rnngradientlab.app.export.ExportTheme;

/** {@link Settings} kept in the user's Java preferences (on Linux, ~/.java/.userPrefs). */
public final class PreferencesSettings implements Settings {

    private static final int RECENT = 8;

    private final Preferences node;

    public PreferencesSettings(Preferences node) {
        this.node = node;
    }

    /** The app's node in the user's preferences. */
    public static PreferencesSettings forUser() {
        return new PreferencesSettings(Preferences.userRoot().node("org/rnngradientlab"));
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(node.get("language", null)).filter(l -> l.equals("en") || l.equals("ko"));
    }

    @Override
    public void setLanguage(String language) {
        node.put("language", language);
        flush();
    }

    @Override
    public boolean projectorMode() {
        return node.getBoolean("projectorMode", false);
    }

    @Override
    public void setProjectorMode(boolean on) {
        node.putBoolean("projectorMode", on);
        flush();
    }

    @Override
    public boolean darkTheme() {
        return node.getBoolean("darkTheme", false);
    }

    @Override
    public void setDarkTheme(boolean on) {
        node.putBoolean("darkTheme", on);
        flush();
    }

    @Override
    public ExportTheme exportTheme() {
        return ExportTheme.byId(node.get("exportTheme", ExportTheme.LIGHT.id())).orElse(ExportTheme.LIGHT);
    }

    @Override
    public void setExportTheme(ExportTheme theme) {
        node.put("exportTheme", theme.id());
        flush();
    }

    @Override
    public Optional<WindowBounds> windowBounds() {
        double width = node.getDouble("window.width", -1);
        double height = node.getDouble("window.height", -1);
        if (width < 200 || height < 200) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(
                node.getDouble("window.x", 0),
                node.getDouble("window.y", 0),
                width,
                height,
                node.getBoolean("window.maximized", false)));
    }

    @Override
    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
        flush();
    }

    @Override
    public List<Path> recentLessons() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String path = node.get("recent." + i, null);
            if (path != null) {
                paths.add(Path.of(path));
            }
        }
        return paths;
    }

    @Override
    public void addRecentLesson(Path path) {
        List<Path> paths = recentLessons();
        Path absolute = path.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        storeRecent(paths);
    }

    @Override
    public void removeRecentLesson(Path path) {
        List<Path> paths = recentLessons();
        paths.remove(path.toAbsolutePath().normalize());
        storeRecent(paths);
    }

    private void storeRecent(List<Path> paths) {
        for (int i = 0; i < RECENT; i++) {
            if (i < paths.size()) {
                node.put("recent." + i, paths.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    /** Preferences that cannot be stored (read-only home) are kept for this session only. */
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // nothing to lose but the memory of a setting
        }
    }
}
