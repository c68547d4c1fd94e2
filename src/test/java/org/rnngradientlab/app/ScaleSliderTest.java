package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.app.view.ScaleControl;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.core.NormSeries;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The lesson's central gesture: dragging the weight scale past the critical point. */
class ScaleSliderTest extends WindowTest {

    @Override
    protected SimulationParams startParams() {
        return SimulationParams.BOOK.with(Parameter.SCALE, 0.5);
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void draggingTheScaleAcrossTheCriticalValueFlipsTheVerdictAndTipsTheCurve(FxRobot robot) {
        window.awaitSettled();
        ScaleControl scale = window.view().controls().scaleControl();
        double critical = window.model.criticalScaleProperty().get();
        assertThat(critical).isCloseTo(0.797, within(0.001));
        assertThat(scale.verdictText()).startsWith("vanishing");
        NormSeries before = window.model.runProperty().get().norms();
        assertThat(before.log10Norm(before.steps())).isLessThan(before.log10Norm(1));

        Node thumb = scale.slider().lookup(".thumb");
        Bounds track = scale.slider()
                .lookup(".track")
                .localToScreen(scale.slider().lookup(".track").getBoundsInLocal());
        double targetX = track.getMinX() + track.getWidth() * 1.2 / LabViewModel.SCALE_SLIDER_MAX;
        robot.drag(thumb, MouseButton.PRIMARY)
                .moveTo(targetX, track.getCenterY())
                .drop();
        window.awaitSettled();

        assertThat(window.model.getParams().scale()).isGreaterThan(critical);
        assertThat(scale.verdictText()).startsWith("exploding");
        NormSeries after = window.model.runProperty().get().norms();
        assertThat(after.log10Norm(after.steps())).isGreaterThan(after.log10Norm(1));
    }

    @Test
    void theScaleSliderIsFullyUsableFromTheKeyboard(FxRobot robot) {
        window.awaitSettled();
        Slider slider = window.view().controls().scaleControl().slider();
        robot.interact(slider::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertScale(0.51);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertScale(0.511);
        robot.type(KeyCode.PAGE_UP);
        assertScale(0.611);
        robot.type(KeyCode.LEFT);
        assertScale(0.601);
        robot.type(KeyCode.PAGE_DOWN);
        assertScale(0.501);
        robot.type(KeyCode.END);
        assertScale(3.0);
        robot.type(KeyCode.HOME);
        assertScale(0.0);
        robot.type(KeyCode.UP);
        assertScale(0.01);
        assertThat(slider.isFocused()).isTrue();
        window.awaitSettled();
        assertThat(window.model.runProperty().get().params().scale()).isEqualTo(0.01);
    }

    @Test
    void theCriticalLinkJumpsToTheCriticalScale(FxRobot robot) {
        window.awaitSettled();
        robot.clickOn("#critical-link");
        window.awaitSettled();
        assertThat(window.model.getParams().scale()).isCloseTo(0.797, within(0.001));
        assertThat(window.view().controls().scaleControl().verdictText()).startsWith("edge");
    }

    private void assertScale(double expected) {
        assertThat(window.model.getParams().scale()).isCloseTo(expected, within(1e-9));
        assertThat(Parameter.SCALE.accepts(window.model.getParams().scale())).isTrue();
    }
}
