package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.app.viewmodel.Preset;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The value fields, presets, Reset and Play, driven as a user would. */
class ControlsTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theWindowIsTitledAndTheControlsAreReachedWithTabInReadingOrder(FxRobot robot) {
        assertThat(robot.window(0))
                .extracting(w -> ((Stage) w).getTitle())
                .asString()
                .contains("RNN Gradient Lab");
        robot.clickOn("#field-scale");
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#slider-scale").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#critical-link").query().isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#field-hidden").query().isFocused()).isTrue();
    }

    @Test
    void aTypedValueWithEitherDecimalSeparatorIsTaken(FxRobot robot) {
        type(robot, "#field-scale", "0,5");
        assertThat(window.model.getParams().scale()).isEqualTo(0.5);
        type(robot, "#field-input-scale", "2.25");
        assertThat(window.model.getParams().inputScale()).isEqualTo(2.25);
        type(robot, "#field-steps", "40");
        window.awaitSettled();
        assertThat(window.model.runProperty().get().norms().steps()).isEqualTo(40);
    }

    @Test
    void garbageAndOutOfRangeValuesAreRefusedWithTheFieldAndItsRangeAndTheValueKept(FxRobot robot) {
        type(robot, "#field-hidden", "lots");
        assertThat(window.model.getParams().hidden()).isEqualTo(3);
        assertThat(errorOf(robot, "#control-hidden"))
                .contains("Hidden size H")
                .contains("lots")
                .contains("an integer from 1 to 1024");
        type(robot, "#field-hidden", "2000");
        assertThat(window.model.getParams().hidden()).isEqualTo(3);
        assertThat(errorOf(robot, "#control-hidden")).contains("2000");
        type(robot, "#field-hidden", "12");
        assertThat(window.model.getParams().hidden()).isEqualTo(12);
        assertThat(errorOf(robot, "#control-hidden")).isEmpty();
        type(robot, "#field-max-norm", "0");
        assertThat(errorOf(robot, "#control-max-norm")).contains("a number greater than 0");
        assertThat(window.model.getParams().maxNorm()).isEqualTo(5.0);
    }

    @Test
    void escapeRestoresTheValueInTheField(FxRobot robot) {
        TextField field = robot.lookup("#field-seed").queryAs(TextField.class);
        robot.clickOn(field)
                .press(KeyCode.CONTROL)
                .type(KeyCode.A)
                .release(KeyCode.CONTROL)
                .write("99");
        robot.type(KeyCode.ESCAPE);
        assertThat(field.getText()).isEqualTo("3");
        assertThat(window.model.getParams().seed()).isEqualTo(3);
    }

    @Test
    void leavingAFieldThatWasNotEditedNeverUndoesAChangeMadeElsewhere(FxRobot robot) {
        robot.clickOn("#field-hidden");
        robot.interact(() -> window.model.applyPreset(Preset.EDGE_OF_CHAOS));
        robot.clickOn("#field-steps");
        assertThat(window.model.getParams().hidden()).isEqualTo(64);
        assertThat(robot.lookup("#field-hidden").queryAs(TextField.class).getText())
                .isEqualTo("64");
    }

    @Test
    void presetsAndResetSetEveryParameter(FxRobot robot) {
        robot.interact(() -> window.model.applyPreset(Preset.TANH_SATURATION));
        window.awaitSettled();
        assertThat(window.model.getParams()).isEqualTo(Preset.TANH_SATURATION.params());
        assertThat(window.model.runProperty().get().preActivations()).isPresent();
        assertThat(window.view().controls().scaleControl().verdictText()).startsWith("vanishing");
        robot.clickOn("#reset");
        assertThat(window.model.getParams()).isEqualTo(SimulationParams.BOOK);
        assertThat(window.model.getParams().mode()).isEqualTo(BackpropMode.MATMUL);
    }

    @Test
    void playSweepsTheScaleUntilStoppedByHand(FxRobot robot) throws InterruptedException {
        window.awaitSettled();
        robot.clickOn("#play");
        assertThat(window.model.playingProperty().get()).isTrue();
        double first = window.model.getParams().scale();
        Thread.sleep(800);
        assertThat(window.model.getParams().scale()).isNotEqualTo(first);
        type(robot, "#field-scale", "1.5");
        assertThat(window.model.playingProperty().get()).isFalse();
        assertThat(window.model.getParams().scale()).isEqualTo(1.5);
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(field)
                .press(KeyCode.CONTROL)
                .type(KeyCode.A)
                .release(KeyCode.CONTROL)
                .write(text);
        robot.type(KeyCode.ENTER);
    }

    private static String errorOf(FxRobot robot, String control) {
        return robot.lookup(control + " .field-error").queryAs(Label.class).getText();
    }
}
