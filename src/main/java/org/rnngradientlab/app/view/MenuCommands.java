package org.rnngradientlab.app.view;

import java.util.Objects;

/**
 * What the menus ask of the window beyond the view-model, by concern: lesson files, exports, the look and
 * the language, help. The window implements each with dialogs; tests with scripted answers.
 */
public record MenuCommands(
        LessonCommands lessons, ExportCommands exports, AppearanceCommands appearance, HelpCommands help) {

    public MenuCommands {
        Objects.requireNonNull(lessons, "lessons");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(appearance, "appearance");
        Objects.requireNonNull(help, "help");
    }
}
