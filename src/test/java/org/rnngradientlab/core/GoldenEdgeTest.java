package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The measured growth factor and the scale sweep against numpy ({@code scripts/make_golden_edge.py}, numpy
 * 2.4.6): in matmul mode every value at the tolerance of the norms; in tanh mode the critical scale within 2%,
 * since where the gradient grows the forward pass is chaotic and its digits depend on the summation order.
 */
class GoldenEdgeTest {

    private static final GradientSimulator SIMULATOR = new GradientSimulator();

    static List<JsonNode> growth() {
        List<JsonNode> cases = new ArrayList<>();
        Golden.read("edge.json").get("growth").forEach(cases::add);
        return cases;
    }

    static List<JsonNode> sweeps() {
        List<JsonNode> cases = new ArrayList<>();
        Golden.read("edge.json").get("sweeps").forEach(cases::add);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("growth")
    void theGrowthFactorIsNumpysSlopeOverTheLastThreeQuarters(JsonNode c) {
        OptionalDouble g = GrowthFactor.of(SIMULATOR.run(Golden.params(c)).norms());
        JsonNode expected = c.get("growthFactor");
        if (expected.isNull()) {
            assertThat(g).isEmpty();
        } else {
            assertThat(g.getAsDouble()).isCloseTo(expected.asDouble(), within(1e-11 * expected.asDouble()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweeps")
    void aSweepMeasuresTheGrowthAtEveryScaleAndFindsTheCrossing(JsonNode c) {
        SimulationParams params = Golden.params(c);
        ScaleSweep sweep = ScaleSweep.run(
                SIMULATOR,
                params,
                c.get("from").asDouble(),
                c.get("to").asDouble(),
                c.get("points").asInt(),
                c.get("seeds").asInt(),
                Progress.NONE);
        assertThat(sweep.scales()).containsExactly(Golden.doubles(c.get("scales")), within(1e-15));
        double critical = c.get("critical").asDouble();
        if (params.mode() == BackpropMode.MATMUL) {
            double[] growth = Golden.doubles(c.get("growth"));
            for (int j = 0; j < growth.length; j++) {
                assertThat(sweep.growth()[j]).as("j=%d", j).isCloseTo(growth[j], within(1e-11 * growth[j]));
            }
            assertThat(sweep.critical().getAsDouble()).isCloseTo(critical, within(1e-9 * critical));
        } else {
            assertThat(sweep.critical().getAsDouble()).isCloseTo(critical, within(0.02 * critical));
        }
        assertThat(sweep.seeds()).isEqualTo(c.get("seeds").asInt());
    }

    @Test
    void theCrossingIsInterpolatedInLnG() {
        double[] x = {0, 1, 2, 3};
        assertThat(ScaleSweep.crossing(x, new double[] {0.5, 0.8, Math.E, 4}).getAsDouble())
                .isCloseTo(1 + Math.log(0.8) / (Math.log(0.8) - 1), within(1e-15));
        assertThat(ScaleSweep.crossing(x, new double[] {0.5, 1.0, 2, 4}).getAsDouble())
                .isEqualTo(1.0);
        assertThat(ScaleSweep.crossing(x, new double[] {0, 0, 2, 4}).getAsDouble())
                .isEqualTo(2.0);
        assertThat(ScaleSweep.crossing(x, new double[] {0.5, 0.6, 0.7, 0.8})).isEmpty();
        assertThat(ScaleSweep.crossing(x, new double[] {2, 3, 0.5, 0.4}).getAsDouble())
                .as("from exploding to vanishing counts too")
                .isBetween(1.0, 2.0);
    }

    @Test
    void aZeroNormMeansNoGrowthAndOneStepHasNone() {
        assertThat(GrowthFactor.of(new double[] {0.0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}))
                .hasValue(0.0);
        assertThat(GrowthFactor.of(new double[] {1.0})).isEmpty();
        assertThat(GrowthFactor.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7}).getAsDouble())
                .isCloseTo(10.0, within(1e-12));
    }
}
