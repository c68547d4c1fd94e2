package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.app.view.chart.NormChart;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The norm chart in the window: pins, overlays, the float64 markers and the hover readout. */
class ChartWindowTest extends WindowTest {

    @Override
    protected SimulationParams startParams() {
        return SimulationParams.BOOK.with(Parameter.SCALE, 0.5);
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void pinKeepsASecondSeriesAndClearRemovesIt(FxRobot robot) {
        window.awaitSettled();
        assertThat(linesStyled("pin-line")).isEmpty();
        robot.clickOn("#pin");
        robot.interact(() -> window.model.set(Parameter.SCALE, 1.0));
        window.awaitSettled();
        List<XYChart.Series<Number, Number>> pins = linesStyled("pin-line");
        assertThat(pins).hasSize(1);
        assertThat(pins.get(0).getName()).contains("×0.5");
        assertThat(linesStyled("norm-line")).hasSize(1);
        double pinnedLast = lastY(pins.get(0));
        double currentLast = lastY(linesStyled("norm-line").get(0));
        assertThat(pinnedLast).isLessThan(0).isLessThan(currentLast);

        robot.clickOn("#clear-pins");
        window.awaitDrawn();
        assertThat(linesStyled("pin-line")).isEmpty();
        assertThat(window.model.pins()).isEmpty();
    }

    @Test
    void overlaysFollowTheirSwitches(FxRobot robot) {
        window.awaitSettled();
        assertThat(linesStyled("asymptote-line")).hasSize(1);
        assertThat(linesStyled("threshold-line")).isEmpty();
        robot.clickOn("#overlay-clipping");
        window.awaitDrawn();
        assertThat(linesStyled("threshold-line")).hasSize(1);
        // clip_grads rescales dWh and never touches dh: the norm curve is not cut at the threshold
        assertThat(linesStyled("clipped-line")).isEmpty();
        assertThat(robot.lookup(".legend-entry").queryAllAs(Label.class))
                .anyMatch(label -> label.getText().contains("dh is never clipped"));
        robot.clickOn("#overlay-asymptote");
        window.awaitDrawn();
        assertThat(linesStyled("asymptote-line")).isEmpty();
    }

    @Test
    void anOverflowingRunIsDrawnPastFloat64AndMarksTheOverflowStep(FxRobot robot) {
        robot.interact(() -> window.model.setParams(SimulationParams.BOOK
                .with(Parameter.HIDDEN, 64)
                .with(Parameter.STEPS, 400)
                .with(Parameter.SCALE, 3)));
        window.awaitSettled();
        NormChart chart = window.view().chartPane().chart();
        int overflow = window.model.runProperty().get().norms().overflowStep().orElseThrow();
        assertThat(chart.overflowMarkerStep()).hasValue(overflow);
        assertThat(lastY(linesStyled("norm-line").get(0))).isGreaterThan(308);
        assertThat(robot.lookup(".marker-label").queryAllAs(Label.class))
                .anyMatch(label -> label.isVisible() && label.getText().contains("k = " + overflow));
    }

    @Test
    void hoveringTheChartReadsOffAStep(FxRobot robot) {
        window.awaitSettled();
        robot.moveTo(".chart-plot-background");
        assertThat(window.view().chartPane().chart().readoutText()).startsWith("k = ");
    }

    @Test
    void hoveringAnEigenvalueReadsItsValueAndModulus(FxRobot robot) {
        window.awaitSettled();
        LabWindow.awaitTrue(() -> window.model.runProperty().get().spectrum().isPresent());
        robot.moveTo(robot.lookup(".eigenvalue").queryAs(Circle.class));
        assertThat(window.view().eigenView().hoverText()).startsWith("λ = ").contains("|λ| = ");
    }

    private List<XYChart.Series<Number, Number>> linesStyled(String styleClass) {
        return window.view().chartPane().chart().getData().stream()
                .filter(series -> series.getNode().getStyleClass().contains(styleClass))
                .toList();
    }

    private static double lastY(XYChart.Series<Number, Number> series) {
        return series.getData().get(series.getData().size() - 1).getYValue().doubleValue();
    }
}
