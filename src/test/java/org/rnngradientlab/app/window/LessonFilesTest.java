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
    private final LessonFiles lessons = new LessonFiles(dialogs, settings, model, appearance);

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
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
        assertThat(dialogs.errors).singleElement().asString().contains("gone.json");
        assertThat(settings.recent).isEmpty();
        assertThat(model.getParams().hidden()).isEqualTo(7);
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
