package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LSTM experiment against numpy ({@code scripts/make_golden_lstm.py}, numpy 2.4.6): the book's LSTM cell
 * on the RNN's own W0 and X, at the tolerance of the tanh mode.
 */
class GoldenLstmTest {

    private static final GradientSimulator SIMULATOR = new GradientSimulator();

    static Stream<Named<JsonNode>> cases() {
        List<JsonNode> cases = new ArrayList<>();
        Golden.read("lstm.json").get("cases").forEach(cases::add);
        return cases.stream().map(c -> Named.of(c.get("name").asText(), c));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void normsAlongHAndAlongTheCellAreNumpys(JsonNode c) {
        BackpropRun run = SIMULATOR.run(Golden.params(c));
        CellPath cell = run.cellPath().orElseThrow();
        assertClose(run.norms().norms(), Golden.doubles(c.get("norms")), "‖dh‖");
        assertClose(cell.norms().norms(), Golden.doubles(c.get("cellNorms")), "‖dc‖");
        assertLog10Close(run.norms().log10Norms(), Golden.doubles(c.get("log10Norms")), "log10 ‖dh‖");
        assertLog10Close(cell.norms().log10Norms(), Golden.doubles(c.get("log10CellNorms")), "log10 ‖dc‖");
        assertThat(cell.meanForgetGate()).containsExactly(Golden.doubles(c.get("meanForgetGate")), within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theWeightGradientOfAllFourGatesAndItsClipping(JsonNode c) {
        GradientClip clip = SIMULATOR.run(Golden.params(c)).clip().orElseThrow();
        double expected = c.get("gradWhNorm").asDouble();
        assertThat(clip.gradWhNorm()).isCloseTo(expected, within(Golden.RELATIVE * Math.max(expected, 1e-300)));
        double rate = c.get("clipRate").asDouble();
        assertThat(clip.clipRate()).isCloseTo(rate, within(Golden.RELATIVE * rate));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSpectrumIsThatOfTheGBlock(JsonNode c) {
        Spectrum spectrum = SIMULATOR.run(Golden.params(c)).spectrum().orElseThrow();
        double radius = c.get("spectralRadius").asDouble();
        assertThat(spectrum.spectralRadius()).isCloseTo(radius, within(1e-12 * radius));
        double[] singular = Golden.doubles(c.get("singularValues"));
        double[] actual = spectrum.singularValues();
        for (int i = 0; i < singular.length; i++) {
            assertThat(actual[i]).isCloseTo(singular[i], within(1e-12 * singular[0]));
        }
    }

    private static void assertClose(double[] actual, double[] expected, String what) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("%s at k=%d past float64", what, i + 1).isInfinite();
            } else {
                assertThat(actual[i])
                        .as("%s at k=%d", what, i + 1)
                        .isCloseTo(expected[i], within(Golden.RELATIVE * expected[i] + Double.MIN_NORMAL));
            }
        }
    }

    private static void assertLog10Close(double[] actual, double[] expected, String what) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("%s of a zero gradient", what).isEqualTo(Double.NEGATIVE_INFINITY);
            } else {
                double allowed = Golden.RELATIVE * Math.max(1, Math.abs(expected[i]));
                assertThat(actual[i]).as("%s at k=%d", what, i + 1).isCloseTo(expected[i], within(allowed));
            }
        }
    }
}
