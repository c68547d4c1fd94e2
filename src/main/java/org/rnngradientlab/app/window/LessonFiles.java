package org.rnngradientlab.app.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.view.LessonCommands;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;

/**
 * Lesson files in the window: opening one (from a dialog, the recent list or the command line) shows its
 * state and its language; a file that cannot be read is explained and the state on screen stays. Saving
 * writes the state on screen atomically. Both keep the recent list.
 */
public final class LessonFiles implements LessonCommands {

    /** Lessons are .rgl files (JSON inside; the installers open them with the app); older .json ones still open. */
    static final Dialogs.FileType LESSON =
            new Dialogs.FileType("RNN Gradient Lab lesson (.rgl)", "rgl", List.of("json"));

    private final Dialogs dialogs;
    private final Settings settings;
    private final LabViewModel model;
    private final Appearance appearance;
    private final FileSaving saving;

    public LessonFiles(Dialogs dialogs, Settings settings, LabViewModel model, Appearance appearance) {
        this.dialogs = dialogs;
        this.settings = settings;
        this.model = model;
        this.appearance = appearance;
        this.saving = new FileSaving(dialogs, appearance::messages);
    }

    @Override
    public void openLesson() {
        dialogs.openFile(appearance.messages().text("lesson.open.title"), LESSON)
                .ifPresent(this::openLesson);
    }

    @Override
    public void openLesson(Path path) {
        Lesson lesson;
        try {
            lesson = LessonFile.read(path);
        } catch (IOException e) {
            if (Files.notExists(path)) {
                settings.removeRecentLesson(path);
            }
            Messages messages = appearance.messages();
            dialogs.error(
                    messages.text("lesson.open.failed"),
                    messages.format("lesson.problem", path, AtomicFiles.reason(e)));
            return;
        }
        settings.addRecentLesson(path);
        appearance.show(lesson.language());
        model.open(lesson);
    }

    @Override
    public List<Path> recentLessons() {
        return settings.recentLessons();
    }

    @Override
    public void saveLesson() {
        saving.askForFile("lesson.save.title", "lesson.rgl", LESSON)
                .ifPresent(path -> saving.write(path, () -> {
                    LessonFile.write(currentLesson(), path);
                    settings.addRecentLesson(path);
                }));
    }

    /** The state on screen as a lesson, in the language on screen. */
    public Lesson currentLesson() {
        return model.lesson(appearance.language());
    }
}
