package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.app.viewmodel.Preset;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The LSTM in the window: its controls, the cell curve beside the dashed tanh RNN, and the lesson's preset. */
class LstmWindowTest extends WindowTest {

    @Override
    protected SimulationParams startParams() {
        return SimulationParams.BOOK.with(Parameter.HIDDEN, 8).with(Parameter.STEPS, 40);
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void choosingTheLstmShowsTheForgetBiasTheCellCurveAndTheDashedRnn(FxRobot robot) {
        window.awaitSettled();
        assertThat(robot.lookup("#control-forget-bias").query().isVisible()).isFalse();
        assertThat(linesStyled("cell-line")).isEmpty();
        assertThat(linesStyled("asymptote-line")).hasSize(1);

        robot.clickOn("#choice-mode");
        robot.clickOn("LSTM (the book's cell)");
        assertThat(window.model.getParams().mode()).isEqualTo(BackpropMode.LSTM);
        window.awaitSettled();
        LabWindow.awaitTrue(() -> window.model.rnnProperty().get() != null);
        window.awaitDrawn();

        assertThat(robot.lookup("#control-forget-bias").query().isVisible()).isTrue();
        assertThat(linesStyled("norm-line"))
                .singleElement()
                .extracting(XYChart.Series::getName)
                .isEqualTo("LSTM ‖dh‖ / N");
        assertThat(linesStyled("cell-line"))
                .singleElement()
                .extracting(XYChart.Series::getName)
                .isEqualTo("memory cell ‖dc‖ / N");
        assertThat(linesStyled("rnn-line")).hasSize(1);
        assertThat(dashArray(linesStyled("rnn-line").get(0).getNode())).isNotEmpty();
        assertThat(linesStyled("asymptote-line")).isEmpty();
        assertThat(robot.lookup("#overlay-asymptote").query().isDisabled()).isTrue();
        assertThat(legendTexts(robot))
                .contains("memory cell ‖dc‖ / N", "plain tanh RNN ‖dh‖ / N (same W0 and X)")
                .noneMatch(text -> text.startsWith("ρ(Wh)ᵏ"));
    }

    @Test
    void inLstmModeTheEigenvaluesAreTheGBlocksAndNoTextSaysRhoRulesTheGradient(FxRobot robot) {
        robot.interact(() -> window.model.setParams(lstm()));
        window.awaitSettled();
        LabWindow.awaitTrue(() -> window.model.runProperty().get().spectrum().isPresent());
        window.awaitDrawn();
        List<String> shown = robot.lookup(".eigen-view .label").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible)
                .map(Labeled::getText)
                .toList();
        assertThat(shown)
                .contains("Eigenvalues of the LSTM's g-block W0·k (the tanh RNN's Wh)")
                .anyMatch(text -> text.startsWith("ρ(W0·k) = "))
                .anyMatch(text -> text.matches("the tanh RNN's critical scale 1/ρ\\(W0\\) = [0-9.]+"))
                .anyMatch(text -> text.startsWith("The memory cell's own path does not pass through these"))
                .noneMatch(text -> text.contains("needed to explode") || text.contains("guaranteed"));
        assertThat(window.view().controls().scaleControl().verdictText()).isNotEmpty();
    }

    @Test
    void theTanhPanelShowsTheForgetGatesInLstmModeAndNothingAboutTanh(FxRobot robot) {
        robot.interact(() -> window.model.setParams(lstm()));
        window.awaitSettled();
        List<String> shown = robot.lookup(".tanh-view .label").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible)
                .map(Labeled::getText)
                .filter(text -> !text.isEmpty())
                .toList();
        assertThat(shown)
                .contains("The forget gates f of the memory cell", "mean forget gate f per step k (0 to 1)")
                .anyMatch(text -> text.startsWith("Mean f = 0.")
                        && text.contains("multiplied by f at every step")
                        && text.contains("the LSTM's counterpart of ρ"))
                .noneMatch(text -> text.contains("tanh") || text.contains("−4"));
        Path perStep = robot.lookup(".tanh-per-step").queryAs(Path.class);
        assertThat(perStep.getElements()).hasSize(100);
        assertThat(perStep.getElements())
                .allMatch(element -> element instanceof MoveTo move
                        ? Double.isFinite(move.getY())
                        : Double.isFinite(((LineTo) element).getY()));
        assertThat(robot.lookup(".tanh-curve").query().isVisible()).isFalse();
    }

    @Test
    void thePresetShowsTheRnnVanishingWhileTheLstmCellKeepsTheGradient(FxRobot robot) {
        robot.clickOn("#presets");
        robot.clickOn("RNN vs LSTM (same weights, forget bias 3)");
        assertThat(window.model.getParams()).isEqualTo(Preset.RNN_VS_LSTM.params());
        window.awaitSettled();
        LabWindow.awaitTrue(() -> window.model.rnnProperty().get() != null);
        window.awaitDrawn();
        assertThat(window.model.getParams().steps()).isEqualTo(100);
        assertThat(robot.lookup("#control-forget-bias").query().isVisible()).isTrue();

        List<Double> rnn = ys(linesStyled("rnn-line").get(0));
        assertThat(rnn.get(rnn.size() - 1))
                .as("the tanh RNN vanishes: more than ten decades over T 100")
                .isLessThan(rnn.get(0) - 10);
        List<Double> cell = ys(linesStyled("cell-line").get(0));
        assertThat(cell).hasSize(100);
        assertThat(Collections.max(cell) - Collections.min(cell))
                .as("the memory cell keeps the gradient within a decade")
                .isLessThan(1.0);
        assertThat(window.view().controls().scaleControl().verdictText()).isNotEmpty();
    }

    private static List<Double> ys(XYChart.Series<Number, Number> series) {
        return series.getData().stream()
                .map(point -> point.getYValue().doubleValue())
                .toList();
    }

    /** The LSTM of the lesson: H 16, T 100, forget bias 3, where the tanh RNN vanishes. */
    private static SimulationParams lstm() {
        return SimulationParams.BOOK
                .with(Parameter.HIDDEN, 16)
                .with(Parameter.STEPS, 100)
                .with(Parameter.SCALE, 0.3)
                .with(ChoiceParameter.MODE, BackpropMode.LSTM)
                .with(Parameter.FORGET_BIAS, 3);
    }

    private List<XYChart.Series<Number, Number>> linesStyled(String styleClass) {
        return window.view().chartPane().chart().getData().stream()
                .filter(series -> series.getNode().getStyleClass().contains(styleClass))
                .toList();
    }

    private static List<String> legendTexts(FxRobot robot) {
        return robot.lookup(".legend-entry").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .toList();
    }

    private static List<Double> dashArray(Node line) {
        return ((Shape) line).getStrokeDashArray();
    }
}
