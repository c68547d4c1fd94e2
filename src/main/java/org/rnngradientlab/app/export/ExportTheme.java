package org.rnngradientlab.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rnngradientlab.app.text.Resources;

/**
 * The look an exported chart is drawn in. Slides and handouts are white, so exports are light by default
 * whatever the window shows; a teacher who wants the window's look, a dark slide or projector mode's large
 * type and thick lines chooses it.
 */
public enum ExportTheme {
    /** The window's current look (the window's exports only). */
    WINDOW("window"),
    /** The light theme: dark ink on white. */
    LIGHT("light"),
    /** The dark theme. */
    DARK("dark"),
    /** Projector mode in the light theme: large type and thick lines. */
    PROJECTOR("projector");

    private final String id;

    ExportTheme(String id) {
        this.id = id;
    }

    /** The name used on the command line and in the settings, e.g. "light". */
    public String id() {
        return id;
    }

    /** The theme named {@code id} ("window", "light", "dark", "projector"), ignoring case. */
    public static Optional<ExportTheme> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (ExportTheme theme : values()) {
            if (theme.id.equals(wanted)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /**
     * The stylesheets to draw in, in the order they apply.
     *
     * @param window the window's stylesheets, used by {@link #WINDOW}
     */
    public List<String> stylesheets(List<String> window) {
        List<String> sheets = new ArrayList<>();
        switch (this) {
            case WINDOW -> sheets.addAll(window);
            case LIGHT -> sheets.add(Resources.stylesheet("app.css"));
            case DARK -> {
                sheets.add(Resources.stylesheet("app.css"));
                sheets.add(Resources.stylesheet("dark.css"));
            }
            case PROJECTOR -> {
                sheets.add(Resources.stylesheet("app.css"));
                sheets.add(Resources.stylesheet("projector.css"));
            }
        }
        return List.copyOf(sheets);
    }
}
