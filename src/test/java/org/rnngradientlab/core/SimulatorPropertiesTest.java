package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.rnngradientlab.core.experiment.MatMulExperiment;
import org.rnngradientlab.core.experiment.StepCounter;
import org.rnngradientlab.core.experiment.TanhRnnExperiment;
import org.rnngradientlab.core.linalg.ScaledMatrix;
import org.rnngradientlab.core.random.LegacyRandomState;

/** Invariants of the simulator, checked against {@link ReferenceLoop} and closed forms. */
class SimulatorPropertiesTest {

    private final GradientSimulator simulator = new GradientSimulator();

    @Provide
    Arbitrary<SimulationParams> smallRuns() {
        Arbitrary<Integer> hidden = Arbitraries.integers().between(1, 9);
        Arbitrary<Integer> steps = Arbitraries.integers().between(1, 40);
        Arbitrary<Long> seed = Arbitraries.longs().between(0, LegacyRandomState.MAX_SEED);
        Arbitrary<Double> scale = Arbitraries.doubles().between(0, 10).ofScale(3);
        Arbitrary<WeightInit> init = Arbitraries.of(WeightInit.class);
        Arbitrary<ScaleMode> scaleMode = Arbitraries.of(ScaleMode.class);
        Arbitrary<BackpropMode> mode = Arbitraries.of(BackpropMode.MATMUL, BackpropMode.TANH); // the RNN reference loop
        Arbitrary<Integer> batch = Arbitraries.integers().between(1, 4);
        Arbitrary<Double> inputScale = Arbitraries.doubles().between(0, 3).ofScale(2);
        return Combinators.combine(hidden, steps, seed, scale, init, scaleMode, mode, batch)
                .flatAs((h, t, s, c, i, sm, m, n) ->
                        inputScale.map(x -> new SimulationParams(h, t, s, c, i, sm, m, n, x, 5.0, 0.0)));
    }

    /**
     * Whether the forward pass is chaotic: in tanh mode, where the gradient grows (g > 1), a perturbation of
     * the state grows as fast, so two loops that add in another order part after some steps by far more than
     * any fixed tolerance. Only those runs are left out of the comparisons with the reference loop.
     */
    private boolean chaotic(SimulationParams params) {
        return params.mode() == BackpropMode.TANH
                && GrowthFactor.of(simulator.run(params).norms()).orElse(0) > 1;
    }

    @Property(tries = 60)
    void logSpaceNormsEqualPlainNormsWhereverPlainOnesAreFinite(@ForAll("smallRuns") SimulationParams params) {
        NormSeries norms = simulator.run(params).norms();
        Assume.that(!chaotic(params));
        ReferenceLoop reference = new ReferenceLoop(params);
        for (int k = 1; k <= params.steps(); k++) {
            double plain = reference.plainNorms[k - 1];
            if (plain > 1e-150 && plain < 1e150) {
                assertThat(norms.log10Norm(k))
                        .as("log10 norm at k=%d", k)
                        .isCloseTo(Math.log10(plain), within(1e-11 * Math.max(1, Math.abs(Math.log10(plain)))));
                assertThat(norms.norm(k)).as("plain norm at k=%d", k).isCloseTo(plain, within(1e-10 * plain));
            }
        }
    }

    @Property(tries = 60)
    void logSpaceNormsEqualTheReferencesRenormalisedLoopFarPastFloat64(@ForAll("smallRuns") SimulationParams params) {
        NormSeries norms = simulator.run(params).norms();
        Assume.that(!chaotic(params));
        ReferenceLoop reference = new ReferenceLoop(params);
        for (int k = 1; k <= params.steps(); k++) {
            double expected = reference.log10Norms[k - 1];
            if (Double.isInfinite(expected)) {
                assertThat(norms.log10Norm(k)).isEqualTo(Double.NEGATIVE_INFINITY);
            } else {
                assertThat(norms.log10Norm(k))
                        .as("log10 norm at k=%d", k)
                        .isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
            }
        }
    }

    @Example
    void scalesBelowTwoToTheMinus1023StayInLogSpaceInTanhMode() {
        // dh·Whᵀ then falls below 2^−1023 at every step, where 2^−exponent itself is not a float64
        SimulationParams tiny = SimulationParams.BOOK
                .with(ChoiceParameter.MODE, BackpropMode.TANH)
                .with(Parameter.SCALE, 1e-310)
                .with(Parameter.STEPS, 4);
        NormSeries norms = simulator.run(tiny).norms();
        ReferenceLoop reference = new ReferenceLoop(tiny);
        for (int k = 1; k <= tiny.steps(); k++) {
            assertThat(norms.log10Norm(k))
                    .as("log10 norm at k=%d", k)
                    .isCloseTo(reference.log10Norms[k - 1], within(1e-10 * Math.abs(reference.log10Norms[k - 1])));
        }
    }

    @Property(tries = 40)
    void inMatmulModeNormsAtScaleCAreCToTheKTimesThoseAtScaleOne(
            @ForAll("smallRuns") SimulationParams params, @ForAll @DoubleRange(min = 0.01, max = 10) double c) {
        SimulationParams one = params.with(ChoiceParameter.MODE, BackpropMode.MATMUL)
                .with(ChoiceParameter.SCALE_MODE, ScaleMode.RAW)
                .with(Parameter.SCALE, 1.0);
        NormSeries atOne = new GradientSimulator().run(one).norms();
        ReferenceLoop atC = new ReferenceLoop(one.with(Parameter.SCALE, c));
        for (int k = 1; k <= one.steps(); k++) {
            double expected = atOne.log10Norm(k) + k * Math.log10(c);
            assertThat(atC.log10Norms[k - 1])
                    .as("k=%d", k)
                    .isCloseTo(expected, within(1e-10 * Math.max(1, Math.abs(expected))));
        }
    }

    @Property(tries = 50)
    void aScalarRnnFollowsTheClosedFormWToTheK(
            @ForAll @LongRange(min = 0, max = 4294967295L) long seed,
            @ForAll @DoubleRange(min = 0.05, max = 10) double scale,
            @ForAll @IntRange(min = 1, max = 10_000) int steps,
            @ForAll @IntRange(min = 1, max = 64) int batch) {
        SimulationParams params = SimulationParams.BOOK
                .with(Parameter.HIDDEN, 1)
                .with(Parameter.SEED, seed)
                .with(Parameter.SCALE, scale)
                .with(Parameter.STEPS, steps)
                .with(Parameter.BATCH, batch);
        double w = scale * new LegacyRandomState(seed).standardNormal();
        double normAtZero = Math.sqrt(batch) / batch;
        NormSeries norms = simulator.runNorms(params, Progress.NONE).norms();
        for (int k : new int[] {1, (steps + 1) / 2, steps}) {
            double expected = k * Math.log10(Math.abs(w)) + Math.log10(normAtZero);
            assertThat(norms.log10Norm(k))
                    .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected)) * Math.max(1, k / 100.0)));
        }
        if (steps < 300) {
            double expected = Math.pow(Math.abs(w), steps) * normAtZero;
            if (Double.isFinite(expected) && expected > 1e-150 && expected < 1e150) {
                assertThat(norms.norm(steps)).isCloseTo(expected, within(1e-12 * steps * expected));
            }
        }
    }

    @Property(tries = 60)
    void clippingNeverLeavesMoreThanMaxNorm(
            @ForAll("smallRuns") SimulationParams params,
            @ForAll @DoubleRange(min = 0.001, max = 1000) @Scale(4) double maxNorm) {
        GradientClip clip =
                simulator.run(params.with(Parameter.MAX_NORM, maxNorm)).clip().orElseThrow();
        assertThat(clip.clipRate()).isBetween(0.0, 1.0);
        if (clip.clips()) {
            assertThat(clip.clippedNorm()).isLessThanOrEqualTo(maxNorm);
            assertThat(clip.clipRate()).isLessThan(1.0);
        } else {
            assertThat(clip.clipRate()).isEqualTo(1.0);
            assertThat(clip.clippedNorm()).isLessThanOrEqualTo(maxNorm + 1e-6);
        }
    }

    @Property(tries = 60)
    void theGradientOfWhEqualsTheReferences(@ForAll("smallRuns") SimulationParams params) {
        Assume.that(!chaotic(params));
        double expected = new ReferenceLoop(params).gradWhNorm;
        GradientClip clip = simulator.run(params).clip().orElseThrow();
        if (expected > 1e-150 && expected < 1e150) {
            assertThat(clip.gradWhNorm()).isCloseTo(expected, within(1e-10 * expected));
            assertThat(clip.log10GradWhNorm()).isCloseTo(Math.log10(expected), within(1e-10));
        }
    }

    @Property(tries = 40)
    void eigenvaluesOfCTimesWAreCTimesThoseOfW(
            @ForAll @IntRange(min = 1, max = 24) int hidden,
            @ForAll @LongRange(min = 0, max = 4294967295L) long seed,
            @ForAll @DoubleRange(min = 0, max = 10) double c) {
        SimulationParams params = SimulationParams.BOOK
                .with(Parameter.HIDDEN, hidden)
                .with(Parameter.SEED, seed)
                .with(Parameter.SCALE, c);
        Spectrum spectrum = simulator.spectrum(params);
        double[] w = simulator.weights(params).matrix();
        for (int i = 0; i < w.length; i++) {
            w[i] *= c;
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(hidden, false);
        assertThat(eig.decompose(new DMatrixRMaj(hidden, hidden, true, w))).isTrue();
        List<Complex> remaining = new ArrayList<>(spectrum.eigenvalues());
        for (int i = 0; i < hidden; i++) {
            Complex_F64 z = eig.getEigenvalue(i);
            Complex nearest = remaining.stream()
                    .min((p, q) -> Double.compare(distance(p, z), distance(q, z)))
                    .orElseThrow();
            assertThat(distance(nearest, z)).isLessThanOrEqualTo(1e-9 * Math.max(1e-300, spectrum.spectralRadius()));
            remaining.remove(nearest);
        }
    }

    @Property(tries = 30)
    void checkpointingChangesNoResultAtAll(@ForAll("smallRuns") SimulationParams params) {
        RecurrentWeights weights = RecurrentWeights.draw(params);
        double[] wh = weights.matrix();
        for (int i = 0; i < wh.length; i++) {
            wh[i] *= params.scale();
        }
        TanhRnnExperiment.Result stored = tanh(params, weights, wh, Long.MAX_VALUE);
        TanhRnnExperiment.Result checkpointed = tanh(params, weights, wh, 1);
        assertThat(NormSeries.of(params.batch(), checkpointed.norms()))
                .isEqualTo(NormSeries.of(params.batch(), stored.norms()));
        assertThat(checkpointed.meanTanhPrime()).containsExactly(stored.meanTanhPrime());
        assertThat(checkpointed.gradient()).isEqualTo(stored.gradient());
        assertThat(checkpointed.preActivations().counts())
                .containsExactly(stored.preActivations().counts());

        double[] w0 = weights.matrix();
        MatMulExperiment whole = new MatMulExperiment(w0, params.hidden(), params.steps(), Long.MAX_VALUE, counter());
        MatMulExperiment pieces = new MatMulExperiment(w0, params.hidden(), params.steps(), 1, counter());
        assertThat(NormSeries.of(params.batch(), pieces.norms(params.batch())).times(params.scale()))
                .isEqualTo(NormSeries.of(params.batch(), whole.norms(params.batch()))
                        .times(params.scale()));
        assertThat(gradient(params, weights, wh, pieces)).isEqualTo(gradient(params, weights, wh, whole));
    }

    private static TanhRnnExperiment.Result tanh(
            SimulationParams p, RecurrentWeights weights, double[] wh, long limit) {
        return TanhRnnExperiment.run(
                wh,
                p.hidden(),
                p.steps(),
                p.batch(),
                p.inputScale(),
                weights.generatorAfterWeights(),
                limit,
                counter());
    }

    private static ScaledMatrix.Norms gradient(
            SimulationParams p, RecurrentWeights weights, double[] wh, MatMulExperiment base) {
        return base.gradient(wh, p.scale(), weights.generatorAfterWeights(), p.batch(), p.inputScale(), counter());
    }

    private static StepCounter counter() {
        return new StepCounter(() -> false, fraction -> {}, 1);
    }

    private static double distance(Complex a, Complex_F64 b) {
        return Math.hypot(a.re() - b.real, a.im() - b.imaginary);
    }
}
