package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnngradientlab.app.viewmodel.PinnedRun;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Language, projector mode and lesson files in the real window. */
class LessonAndLookTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @TempDir
    Path folder;

    @Test
    void switchingToKoreanChangesTheVisibleLabelsAndKeepsTheState(FxRobot robot) {
        robot.interact(() -> window.model.set(Parameter.SCALE, 0.5));
        window.awaitSettled();
        assertThat(visibleTexts(robot)).contains("Hidden size H").doesNotContain("은닉 상태 크기 H");
        robot.clickOn("#menu-view").clickOn("#menu-language").clickOn("#item-language-ko");
        window.awaitSettled();
        assertThat(visibleTexts(robot)).contains("은닉 상태 크기 H", "가중치 스케일").doesNotContain("Hidden size H");
        assertThat(window.view().controls().scaleControl().verdictText()).startsWith("기울기 소실");
        assertThat(window.model.getParams().scale()).isEqualTo(0.5);
        assertThat(window.settings.language).isEqualTo("ko");
    }

    @Test
    void saveThenOpenRestoresTheStateExactly(FxRobot robot) throws Exception {
        SimulationParams saved = SimulationParams.BOOK
                .with(Parameter.HIDDEN, 12)
                .with(Parameter.STEPS, 77)
                .with(Parameter.SEED, 4294967295L)
                .with(Parameter.SCALE, 0.797)
                .with(ChoiceParameter.MODE, BackpropMode.TANH)
                .with(Parameter.BATCH, 5)
                .with(Parameter.INPUT_SCALE, 2.5)
                .with(Parameter.MAX_NORM, 0.25);
        robot.interact(() -> {
            window.model.setParams(SimulationParams.BOOK.with(Parameter.SCALE, 0.5));
        });
        window.awaitSettled();
        robot.interact(() -> window.model.pin());
        robot.interact(() -> window.model.setParams(saved));
        window.awaitSettled();
        robot.interact(() -> window.model.pin());
        robot.interact(() -> {
            window.model.showClippingProperty().set(true);
            window.model.showAsymptoteProperty().set(false);
            window.controller.appearance().setLanguage("ko");
        });
        Lesson before = window.controller.lessons().currentLesson();
        Path file = folder.resolve("class-7.json");
        window.dialogs.files.push(Optional.of(file));
        robot.interact(() -> window.controller.lessons().saveLesson());
        assertThat(Files.exists(file)).isTrue();

        robot.interact(() -> {
            window.model.reset();
            window.model.clearPins();
            window.model.showClippingProperty().set(false);
            window.controller.appearance().setLanguage("en");
        });
        window.dialogs.files.push(Optional.of(file));
        robot.interact(() -> window.controller.lessons().openLesson());
        window.awaitSettled();
        LabWindow.awaitTrue(() -> window.model.pins().size() == 2);

        assertThat(window.controller.lessons().currentLesson()).isEqualTo(before);
        assertThat(window.model.getParams()).isEqualTo(saved);
        assertThat(window.model.pins())
                .extracting(PinnedRun::params)
                .containsExactly(SimulationParams.BOOK.with(Parameter.SCALE, 0.5), saved);
        assertThat(window.controller.appearance().language()).isEqualTo("ko");
        assertThat(window.settings.recent).containsExactly(file);
    }

    @Test
    void aHeavyLessonShowsProgressAtOnceAndNeverItsControlsBesideTheOldChart(FxRobot robot) throws Exception {
        window.awaitSettled();
        String oldVerdict = window.view().controls().scaleControl().verdictText();
        SimulationParams heavy = SimulationParams.BOOK
                .with(Parameter.HIDDEN, 512)
                .with(Parameter.STEPS, 2000)
                .with(ChoiceParameter.MODE, BackpropMode.TANH);
        Path file = folder.resolve("heavy.json");
        LessonFile.write(new Lesson(heavy, List.of(), Lesson.Overlays.DEFAULT, "en"), file);
        boolean[] pendingAtOnce = new boolean[1];
        robot.interact(() -> {
            window.controller.lessons().openLesson(file);
            pendingAtOnce[0] = pendingOverlay(robot).isVisible();
        });
        assertThat(pendingAtOnce[0])
                .as("progress at once, before the file is even read")
                .isTrue();

        LabWindow.awaitTrue(() -> window.model.getParams().equals(heavy));
        String[] seen = new String[3];
        boolean[] stale = new boolean[2];
        robot.interact(() -> {
            // the controls show the lesson: unless its run is on screen, the chart and the verdict say so
            boolean lessonRunShown = window.model.runProperty().get() != null
                    && window.model.runProperty().get().params().equals(heavy)
                    && !window.model.busyProperty().get();
            stale[0] = lessonRunShown;
            stale[1] = pendingOverlay(robot).isVisible()
                    && window.view().chartPane().getPseudoClassStates().stream()
                            .anyMatch(state -> state.getPseudoClassName().equals("stale"));
            seen[0] = robot.lookup("#chart-pending-text").queryAs(Label.class).getText();
            seen[1] = window.view().controls().scaleControl().verdictText();
        });
        assertThat(stale[0])
                .as("the heavy run takes seconds; this test needs it still pending")
                .isFalse();
        assertThat(stale[1]).as("the old chart is faded under the progress").isTrue();
        assertThat(seen[0]).startsWith("Opening lesson…");
        assertThat(seen[1]).isEqualTo("computing the verdict…").isNotEqualTo(oldVerdict);

        LabWindow.awaitTrue(
                () -> !window.model.busyProperty().get()
                        && window.model.runProperty().get().params().equals(heavy),
                120);
        robot.interact(() -> seen[2] = window.view().controls().scaleControl().verdictText());
        assertThat(pendingOverlay(robot).isVisible()).isFalse();
        assertThat(window.view().chartPane().getPseudoClassStates()).isEmpty();
        assertThat(seen[2]).isNotEqualTo("computing the verdict…").isNotEmpty();
    }

    private static Node pendingOverlay(FxRobot robot) {
        return robot.lookup("#chart-pending").query();
    }

    @Test
    void aBrokenLessonIsExplainedAndTheStateStays(FxRobot robot) throws Exception {
        robot.interact(() -> window.model.set(Parameter.HIDDEN, 7));
        Path file = folder.resolve("from-a-colleague.json");
        Files.writeString(file, "{\"format\": \"rnn-gradient-lab-lesson\", \"version\": 9}");
        window.dialogs.files.push(Optional.of(file));
        robot.interact(() -> window.controller.lessons().openLesson());
        LabWindow.awaitTrue(() -> !window.dialogs.errors.isEmpty());
        assertThat(window.dialogs.errors).hasSize(1);
        assertThat(window.dialogs.errors.get(0))
                .contains("from-a-colleague.json")
                .contains("newer version");
        assertThat(window.model.getParams().hidden()).isEqualTo(7);
    }

    @Test
    void projectorModeEnlargesTheChartsFonts(FxRobot robot) {
        window.awaitSettled();
        double before = tickLabelSize(robot);
        robot.clickOn("#menu-view").clickOn("#item-projector");
        double after = tickLabelSize(robot);
        assertThat(window.settings.projector).isTrue();
        assertThat(after).isGreaterThan(before * 1.2);
        robot.interact(() -> window.controller.appearance().setDarkTheme(true));
        assertThat(robot.lookup(".root").queryParent().getScene().getStylesheets())
                .anyMatch(sheet -> sheet.endsWith("dark.css"))
                .anyMatch(sheet -> sheet.endsWith("projector.css"));
    }

    private static double tickLabelSize(FxRobot robot) {
        return robot.lookup(".norm-chart .axis .tick-mark").queryAllAs(Text.class).stream()
                .findFirst()
                .map(text -> text.getFont().getSize())
                .orElseGet(() -> robot.lookup(".norm-chart .axis")
                        .queryAs(javafx.scene.chart.Axis.class)
                        .getTickLabelFont()
                        .getSize());
    }

    private static java.util.List<String> visibleTexts(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(Label::isVisible)
                .map(Label::getText)
                .toList();
    }
}
