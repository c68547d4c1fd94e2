package org.rnngradientlab.app.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 *
 * <p>A lesson is read and checked off the FX thread (a slow disk or a network folder never freezes the
 * window), then shown on the FX thread; when several are opened before they are read, only the last one
 * chosen is shown (latest wins, as for runs).
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
    private final Executor reader;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    /** How many lessons were asked for; a lesson read after a newer request is dropped. FX thread only. */
    private long requests;

    /**
     * @param reader reads lesson files, off the FX thread in the app
     * @param fx runs on the FX thread (Platform::runLater in the app)
     */
    public LessonFiles(
            Dialogs dialogs,
            Settings settings,
            LabViewModel model,
            Appearance appearance,
            Executor reader,
            Executor fx) {
        this.dialogs = dialogs;
        this.settings = settings;
        this.model = model;
        this.appearance = appearance;
        this.saving = new FileSaving(dialogs, appearance::messages);
        this.reader = reader;
        this.fx = fx;
        model.busyProperty().addListener((observable, was, busy) -> {
            if (!busy && !reading.get()) {
                opening.set(false);
            }
        });
    }

    /** The app's reader: one daemon thread, results on the FX thread. */
    public static LessonFiles withReaderThread(
            Dialogs dialogs, Settings settings, LabViewModel model, Appearance appearance) {
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "rnn-lab-lesson-reader");
            thread.setDaemon(true);
            return thread;
        });
        return new LessonFiles(dialogs, settings, model, appearance, reader, Platform::runLater);
    }

    // Properties

    /** Whether a lesson file asked for is still being read; its state is shown once it is read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /**
     * Whether a lesson asked for is not on screen yet: from the moment it is asked for until its file is
     * refused, or its run is shown. While it is, the chart and the verdict on screen are another run's.
     */
    @Override
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    // Commands

    @Override
    public void openLesson() {
        dialogs.openFile(appearance.messages().text("lesson.open.title"), LESSON)
                .ifPresent(this::openLesson);
    }

    /** Reads the lesson at {@code path} off the FX thread and shows it; on the FX thread, returns at once. */
    @Override
    public void openLesson(Path path) {
        long request = ++requests;
        reading.set(true);
        opening.set(true);
        reader.execute(() -> {
            try {
                Lesson lesson = LessonFile.read(path);
                fx.execute(() -> show(request, path, lesson));
            } catch (IOException e) {
                boolean gone = Files.notExists(path);
                fx.execute(() -> refuse(request, path, e, gone));
            } catch (RuntimeException unexpected) {
                fx.execute(() -> {
                    reading.set(false);
                    opening.set(false);
                    throw unexpected; // to the error reporter, as on the FX thread
                });
            }
        });
    }

    private void show(long request, Path path, Lesson lesson) {
        if (request != requests) {
            return;
        }
        settings.addRecentLesson(path);
        appearance.show(lesson.language());
        model.open(lesson);
        reading.set(false);
        opening.set(model.busyProperty().get()); // until the lesson's run is shown
    }

    private void refuse(long request, Path path, IOException e, boolean gone) {
        if (gone) {
            settings.removeRecentLesson(path);
        }
        if (request != requests) {
            return;
        }
        reading.set(false);
        opening.set(false);
        Messages messages = appearance.messages();
        dialogs.error(
                messages.text("lesson.open.failed"), messages.format("lesson.problem", path, AtomicFiles.reason(e)));
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
