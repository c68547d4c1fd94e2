package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every quantity of a run against numpy 2.x, running the specification loop in plain numpy
 * ({@code scripts/make_golden.py}): both modes, both inits, both scale modes, H 1 to 128, T up to 250, seeds
 * 0 to 4294967295, norms inside and far outside float64's range.
 */
class GoldenSimulationTest {

    private static final GradientSimulator SIMULATOR = new GradientSimulator();

    static Stream<Named<JsonNode>> cases() {
        return Golden.simulations().stream().map(c -> Named.of(c.get("name").asText(), c));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void plainNormsMatchNumpyWhereverNumpyHasOne(JsonNode c) {
        BackpropRun run = SIMULATOR.run(Golden.params(c));
        double[] expected = Golden.doubles(c.get("norms"));
        double[] actual = run.norms().norms();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(Double.isFinite(actual[i]))
                        .as("norm at k=%d is not finite in numpy", i + 1)
                        .isFalse();
            } else {
                assertThat(actual[i])
                        .as("norm at k=%d", i + 1)
                        .isCloseTo(
                                expected[i],
                                within(Golden.RELATIVE * expected[i] + subnormalSquaresError(c, expected[i])));
            }
        }
    }

    /**
     * Below about 1.5e-154 numpy's squares dh**2 turn subnormal and lose digits (each by up to half of
     * 2^-1074), where the simulator keeps the exact norm: the bound of that loss on sqrt(sum)/N.
     */
    private static double subnormalSquaresError(JsonNode c, double norm) {
        int n = c.get("params").get("batch").asInt();
        int h = c.get("params").get("hidden").asInt();
        double sumError = n * h * Double.MIN_VALUE;
        return norm == 0 ? Math.sqrt(sumError) / n : sumError / (2 * norm * n * n);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void logSpaceNormsMatchNumpysRenormalisedLoop(JsonNode c) {
        BackpropRun run = SIMULATOR.run(Golden.params(c));
        double[] expected = Golden.doubles(c.get("log10Norms"));
        double[] actual = run.norms().log10Norms();
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("log10 norm of a zero gradient").isEqualTo(Double.NEGATIVE_INFINITY);
            } else {
                double allowed = Golden.RELATIVE * Math.max(1, Math.abs(expected[i]));
                assertThat(actual[i]).as("log10 norm at k=%d", i + 1).isCloseTo(expected[i], within(allowed));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void overflowAndUnderflowStepsAreWhereNumpysPlainLoopBreaks(JsonNode c) {
        NormSeries norms = SIMULATOR.run(Golden.params(c)).norms();
        assertStep(norms.overflowStep(), c.get("overflowStep"), "overflowStep");
        assertStep(norms.underflowStep(), c.get("underflowStep"), "underflowStep");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void eigenvaluesEqualNumpysAsSets(JsonNode c) {
        Spectrum spectrum = SIMULATOR.run(Golden.params(c)).spectrum().orElseThrow();
        List<Complex> expected = new ArrayList<>();
        c.get("eigenvalues")
                .forEach(z ->
                        expected.add(new Complex(z.get(0).asDouble(), z.get(1).asDouble())));
        List<Complex> remaining = new ArrayList<>(spectrum.eigenvalues());
        double scale = Math.max(1e-300, c.get("spectralRadius").asDouble());
        for (Complex z : expected) {
            Complex nearest = remaining.stream()
                    .min((p, q) -> Double.compare(distance(p, z), distance(q, z)))
                    .orElseThrow();
            assertThat(distance(nearest, z)).as("eigenvalue %s", z).isLessThan(Golden.RELATIVE * scale);
            remaining.remove(nearest);
        }
        assertThat(remaining).isEmpty();
        assertRelative(spectrum.spectralRadius(), c.get("spectralRadius").asDouble(), "spectral radius");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void singularValuesEqualNumpysInOrder(JsonNode c) {
        double[] actual =
                SIMULATOR.run(Golden.params(c)).spectrum().orElseThrow().singularValues();
        double[] expected = Golden.doubles(c.get("singularValues"));
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i])
                    .as("singular value %d", i)
                    .isCloseTo(expected[i], within(Golden.RELATIVE * expected[0]));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gradientOfWhAndClipRateMatchClipGrads(JsonNode c) {
        GradientClip clip = SIMULATOR.run(Golden.params(c)).clip().orElseThrow();
        if (c.get("gradWhNorm").isNull()) {
            assertThat(Double.isFinite(clip.gradWhNorm())).isFalse();
            return;
        }
        assertRelative(clip.gradWhNorm(), c.get("gradWhNorm").asDouble(), "gradWhNorm");
        assertRelative(clip.clipRate(), c.get("clipRate").asDouble(), "clipRate");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void meanTanhPrimePerStepMatches(JsonNode c) {
        double[] expected = Golden.doubles(c.get("meanTanhPrime"));
        double[] actual = SIMULATOR.run(Golden.params(c)).meanTanhPrime();
        assertThat(actual).containsExactly(expected, within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void preActivationHistogramCountsWhatNumpyCounts(JsonNode c) {
        BackpropRun run = SIMULATOR.run(Golden.params(c));
        if (!c.has("preActivationCounts")) {
            assertThat(run.preActivations()).isEmpty();
            return;
        }
        PreActivationHistogram histogram = run.preActivations().orElseThrow();
        long[] expected = new long[PreActivationHistogram.BINS];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = c.get("preActivationCounts").get(i).asLong();
        }
        // a value within rounding of a bin edge may land on either side of it
        long moved = 0;
        for (int i = 0; i < expected.length; i++) {
            moved += Math.abs(histogram.count(i) - expected[i]);
        }
        assertThat(moved).isLessThanOrEqualTo(2);
        assertThat(histogram.below()).isEqualTo(c.get("preActivationBelow").asLong());
        assertThat(histogram.above()).isEqualTo(c.get("preActivationAbove").asLong());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void firstRowOfW0IsNumpys(JsonNode c) {
        double[] w0 = SIMULATOR.weights(Golden.params(c)).matrix();
        double[] expected = Golden.doubles(c.get("w0FirstRow"));
        for (int i = 0; i < expected.length; i++) {
            assertThat(w0[i]).isEqualTo(expected[i]);
        }
    }

    private static void assertStep(OptionalInt actual, JsonNode expected, String what) {
        if (expected.isNull()) {
            assertThat(actual).as(what).isEmpty();
        } else {
            assertThat(actual).as(what).hasValue(expected.asInt());
        }
    }

    private static void assertRelative(double actual, double expected, String what) {
        assertThat(actual)
                .as(what)
                .isCloseTo(expected, within(Golden.RELATIVE * Math.abs(expected) + Double.MIN_NORMAL));
    }

    private static double distance(Complex a, Complex b) {
        return Math.hypot(a.re() - b.re(), a.im() - b.im());
    }
}
