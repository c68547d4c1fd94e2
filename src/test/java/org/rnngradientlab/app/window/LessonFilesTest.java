package org.rnngradientlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
import org.rnngradientlab.app.viewmodel.PinnedRun;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;

/** Lesson files without a window: scripted dialogs, settings in memory, the simulation run by hand. */
class LessonFilesTest {

    @TempDir
    Path folder;

    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Executor queued = worker::add;
    private final MemorySettings settings = new MemorySettings("en");
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Appearance appearance = new Appearance(settings);
    private final LabViewModel model =
            new LabViewModel(new LiveSimulation(new GradientSimulator(), queued, queued, Runnable::run));
    private final Queue<Runnable> disk = new ArrayDeque<>();
    private final LessonFiles lessons = new LessonFiles(dialogs, settings, model, appearance, disk::add, Runnable::run);

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    /** Reads the lesson files asked for, as the reader thread would. */
    private void runReader() {
        while (!disk.isEmpty()) {
            disk.poll().run();
        }
    }

    @Test
    void openingShowsTheLessonAndItsLanguageWithoutRememberingTheLanguage() throws Exception {
        SimulationParams half = SimulationParams.BOOK.with(Parameter.SCALE, 0.5);
        Lesson lesson = new Lesson(
                SimulationParams.BOOK.with(Parameter.HIDDEN, 9),
                List.of(half),
                new Lesson.Overlays(false, true, true, true),
                "ko");
        Path file = folder.resolve("class-7.json");
        LessonFile.write(lesson, file);
        dialogs.files.push(Optional.of(file));
        lessons.openLesson();
        runReader();
        runWorker();
        assertThat(lessons.currentLesson()).isEqualTo(lesson);
        assertThat(model.pins()).extracting(PinnedRun::params).containsExactly(half);
        assertThat(appearance.language()).isEqualTo("ko");
        assertThat(appearance.messages().text("menu.file")).isNotEqualTo("File");
        assertThat(settings.language)
                .as("a lesson's language is shown, not chosen")
                .isEqualTo("en");
        assertThat(settings.recent).containsExactly(file);
    }

    @Test
    void aLessonThatIsGoneIsExplainedAndLeavesTheRecentList() throws Exception {
        Path gone = folder.resolve("gone.json");
        settings.addRecentLesson(gone);
        model.set(Parameter.HIDDEN, 7);
        lessons.openLesson(gone);
        runReader();
        assertThat(dialogs.errors).singleElement().asString().contains("gone.json");
        assertThat(settings.recent).isEmpty();
        assertThat(model.getParams().hidden()).isEqualTo(7);
    }

    @Test
    void aLessonIsReadByTheReaderNotByTheCallerAndShownWhenRead() throws Exception {
        Path file = folder.resolve("slow-share.json");
        LessonFile.write(
                new Lesson(SimulationParams.BOOK.with(Parameter.HIDDEN, 9), List.of(), Lesson.Overlays.DEFAULT, "en"),
                file);
        model.set(Parameter.HIDDEN, 7);
        lessons.openLesson(file);
        assertThat(disk).as("the file is read by the reader").hasSize(1);
        assertThat(lessons.readingProperty().get()).isTrue();
        assertThat(lessons.openingProperty().get()).isTrue();
        assertThat(model.getParams().hidden())
                .as("nothing changes before the file is read")
                .isEqualTo(7);
        assertThat(settings.recent).isEmpty();
        runReader();
        assertThat(lessons.readingProperty().get()).isFalse();
        assertThat(model.getParams().hidden()).isEqualTo(9);
        assertThat(settings.recent).containsExactly(file);
        assertThat(lessons.openingProperty().get())
                .as("read, but its run is not shown yet")
                .isTrue();
        runWorker();
        assertThat(lessons.openingProperty().get()).isFalse();
    }

    @Test
    void whenTwoLessonsAreOpenedBeforeEitherIsReadTheLastOneChosenIsShown() throws Exception {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        LessonFile.write(
                new Lesson(SimulationParams.BOOK.with(Parameter.HIDDEN, 9), List.of(), Lesson.Overlays.DEFAULT, "en"),
                first);
        LessonFile.write(
                new Lesson(SimulationParams.BOOK.with(Parameter.HIDDEN, 5), List.of(), Lesson.Overlays.DEFAULT, "en"),
                second);
        lessons.openLesson(first);
        lessons.openLesson(second);
        Runnable readFirst = disk.poll();
        Runnable readSecond = disk.poll();
        readSecond.run();
        readFirst.run(); // the first read ends last: a slow disk, or a bigger file
        assertThat(model.getParams().hidden()).isEqualTo(5);
        assertThat(lessons.readingProperty().get()).isFalse();
    }

    @Test
    void aBrokenLessonIsExplainedOnceItIsRead() throws Exception {
        Path file = folder.resolve("from-a-colleague.json");
        Files.writeString(file, "{\"format\": \"rnn-gradient-lab-lesson\", \"version\": 9}");
        lessons.openLesson(file);
        assertThat(dialogs.errors).isEmpty();
        runReader();
        assertThat(dialogs.errors).singleElement().asString().contains("newer version");
        assertThat(lessons.readingProperty().get()).isFalse();
        assertThat(lessons.openingProperty().get()).isFalse();
    }

    @Test
    void savingAddsTheExtensionAndWritesTheStateOnScreen() throws Exception {
        model.set(Parameter.STEPS, 33);
        dialogs.files.push(Optional.of(folder.resolve("monday")));
        lessons.saveLesson();
        Path saved = folder.resolve("monday.rgl"); // the extension the installers associate with the app
        assertThat(Files.exists(saved)).isTrue();
        assertThat(LessonFile.read(saved)).isEqualTo(model.lesson("en"));
        assertThat(settings.recent).containsExactly(saved);
    }
}
