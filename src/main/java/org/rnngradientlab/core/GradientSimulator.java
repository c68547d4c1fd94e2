package org.rnngradientlab.core;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.rnngradientlab.core.experiment.LstmExperiment;
import org.rnngradientlab.core.experiment.MatMulExperiment;
import org.rnngradientlab.core.experiment.Segments;
import org.rnngradientlab.core.experiment.StepCounter;
import org.rnngradientlab.core.experiment.TanhRnnExperiment;
import org.rnngradientlab.core.linalg.KernelThreads;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The simulator: parameters in, an immutable {@link BackpropRun} out.
 *
 * <p>It remembers its last few weights, spectra and backward passes, so that what a change leaves
 * untouched is not computed again. Above all, in matmul mode the weight scale is a pure multiplier: the
 * norms at scale c are c^k times those at scale 1 and the eigen- and singular values are c times those of
 * W0, so a scale-only change costs O(T + H) and no matrix work. Only dWh depends on the scale in another
 * way (through the forward pass), and is computed apart by {@link #gradientClip}.
 *
 * <p>Thread-safe: the window asks for norms and spectra from two worker threads at once.
 */
public final class GradientSimulator {

    /**
     * System property: how many threads the dense loops may use (default: all cores). Set it before the
     * first simulation; the window leaves one core for drawing.
     */
    public static final String COMPUTE_THREADS_PROPERTY = KernelThreads.THREADS_PROPERTY;

    private static final int CACHED = 6;

    private final RunCache cache = new RunCache(CACHED);

    /** Everything, computed in the calling thread. */
    public BackpropRun run(SimulationParams params) {
        return run(params, Progress.NONE);
    }

    /** Everything, computed in the calling thread, reporting to {@code progress}. */
    public BackpropRun run(SimulationParams params, Progress progress) {
        BackpropRun run = runNorms(params, progress);
        if (run.clip().isEmpty()) {
            run = run.withClip(gradientClip(params, progress));
        }
        if (run.weightSpectrum().isEmpty()) {
            run = run.withWeightSpectrum(weightSpectrum(params));
        }
        return run;
    }

    /**
     * The norm series, fast: in matmul mode from the cached pass at scale 1, so a scale change costs O(T).
     * The spectrum is included when it is already known; the clipping result when it comes for free
     * (always in tanh mode). Spectral scale mode needs ρ(W0) first, which takes seconds at H = 1024.
     */
    public BackpropRun runNorms(SimulationParams params, Progress progress) {
        RecurrentWeights weights = weights(params);
        Spectrum spectrum = weights.hasSpectrum() ? weights.spectrum() : null;
        double multiplier = multiplier(params, weights);
        if (params.mode() == BackpropMode.MATMUL) {
            MatMulExperiment base = matmulBase(weights, params.steps(), progress);
            NormSeries norms =
                    NormSeries.of(params.batch(), base.norms(params.batch())).times(multiplier);
            double[] ones = new double[params.steps()];
            Arrays.fill(ones, 1.0);
            GradientClip gradient = cache.cached(new MatMulGradientKey(params));
            GradientClip clip = gradient == null ? null : gradient.withMaxNorm(params.maxNorm());
            return new BackpropRun(params, multiplier, norms, spectrum, clip, ones, null);
        }
        if (params.mode() == BackpropMode.LSTM) {
            LstmRun lstm = cache.computeOnce(new LstmKey(params), () -> lstm(params, weights, progress));
            double[] noTanhPrime = new double[params.steps()];
            Arrays.fill(noTanhPrime, Double.NaN);
            return new BackpropRun(
                    params,
                    multiplier,
                    lstm.norms(),
                    spectrum,
                    lstm.gradient().withMaxNorm(params.maxNorm()),
                    noTanhPrime,
                    null,
                    lstm.cellPath());
        }
        TanhRun result = cache.computeOnce(new TanhKey(params), () -> {
            TanhRnnExperiment.Result run = TanhRnnExperiment.run(
                    recurrentMatrix(params, weights),
                    params.hidden(),
                    params.steps(),
                    params.batch(),
                    params.inputScale(),
                    weights.generatorAfterWeights(),
                    Segments.STORE_ALL_LIMIT,
                    counter(progress, tanhWork(params)));
            return new TanhRun(
                    NormSeries.of(params.batch(), run.norms()),
                    GradientClip.of(run.gradient(), 1.0),
                    run.meanTanhPrime(),
                    new PreActivationHistogram(run.preActivations()));
        });
        return new BackpropRun(
                params,
                multiplier,
                result.norms(),
                spectrum,
                result.gradient().withMaxNorm(params.maxNorm()),
                result.meanTanhPrime(),
                result.preActivations());
    }

    /** The eigen- and singular values of Wh: those of W0 (computed once per W0) times the multiplier. */
    public Spectrum spectrum(SimulationParams params) {
        RecurrentWeights weights = weights(params);
        return weights.spectrum().scaled(multiplier(params, weights));
    }

    /** The eigen- and singular values of W0 for the hidden size, seed and init of {@code params}. */
    public Spectrum weightSpectrum(SimulationParams params) {
        return weights(params).spectrum();
    }

    /** dWh and its clipping. In matmul mode a forward pass, O(T·H²), remembered for later max-norm changes. */
    public GradientClip gradientClip(SimulationParams params, Progress progress) {
        if (params.mode() != BackpropMode.MATMUL) {
            return runNorms(params, progress).clip().orElseThrow();
        }
        RecurrentWeights weights = weights(params);
        GradientClip gradient = cache.computeOnce(new MatMulGradientKey(params), () -> {
            MatMulExperiment base = matmulBase(weights, params.steps(), progress);
            return GradientClip.of(
                    base.gradient(
                            recurrentMatrix(params, weights),
                            multiplier(params, weights),
                            weights.generatorAfterWeights(),
                            params.batch(),
                            params.inputScale(),
                            counter(progress, 2.0 * params.steps())),
                    1.0);
        });
        return gradient.withMaxNorm(params.maxNorm());
    }

    /** W0 for the hidden size, seed and init of {@code params}. */
    public RecurrentWeights weights(SimulationParams params) {
        WeightDraw draw = WeightDraw.of(params);
        return cache.computeOnce(new WeightsKey(draw), () -> RecurrentWeights.draw(draw));
    }

    /**
     * c such that Wh = c·W0: the scale itself in raw mode, scale / ρ(W0) in spectral mode, scale / √H in gain
     * mode.
     *
     * @throws ArithmeticException in spectral mode when ρ(W0) is 0, where numpy would divide by zero
     */
    private static double multiplier(SimulationParams params, RecurrentWeights weights) {
        if (params.scaleMode() == ScaleMode.RAW) {
            return params.scale();
        }
        if (params.scaleMode() == ScaleMode.GAIN) {
            return params.scale() / Math.sqrt(params.hidden());
        }
        double radius = weights.spectralRadius();
        if (radius == 0) {
            throw new ArithmeticException("spectral scaling needs ρ(W0) > 0, but W0 has only zero eigenvalues");
        }
        return params.scale() / radius;
    }

    /**
     * Wh as numpy computes it: {@code scale * W0}, {@code scale * W0 / rho} in spectral mode, {@code scale * W0 /
     * np.sqrt(H)} in gain mode.
     */
    private static double[] recurrentMatrix(SimulationParams params, RecurrentWeights weights) {
        double[] w0 = weights.sharedMatrix();
        double[] wh = new double[w0.length];
        double scale = params.scale();
        if (params.scaleMode() == ScaleMode.RAW) {
            for (int i = 0; i < wh.length; i++) {
                wh[i] = scale * w0[i];
            }
        } else if (params.scaleMode() == ScaleMode.GAIN) {
            double root = Math.sqrt(params.hidden());
            for (int i = 0; i < wh.length; i++) {
                wh[i] = scale * w0[i] / root;
            }
        } else {
            double radius = weights.spectralRadius();
            for (int i = 0; i < wh.length; i++) {
                wh[i] = scale * w0[i] / radius;
            }
        }
        return wh;
    }

    /**
     * The LSTM on this W0 and X: its g-block is W0·k, its f, i and o blocks {@code draw(H, 3H)·k} drawn after X
     * (so the generator first passes over all T·N·H inputs), its inputs for f, i and o drawn after those.
     */
    private static LstmRun lstm(SimulationParams params, RecurrentWeights weights, Progress progress) {
        int hidden = params.hidden();
        double k = multiplier(params, weights);
        double[] w0 = weights.sharedMatrix();
        double[] g = new double[w0.length];
        for (int e = 0; e < g.length; e++) {
            g[e] = w0[e] * k;
        }
        LegacyRandomState xRandom = weights.generatorAfterWeights();
        LegacyRandomState fioRandom = weights.generatorAfterWeights();
        double[] skipped = new double[hidden * params.batch()];
        for (int t = 0; t < params.steps(); t++) {
            fioRandom.fillStandardNormal(skipped, 0, skipped.length);
            if (progress.isCancelled()) {
                throw new CancellationException("superseded");
            }
        }
        double[] wfio = new double[3 * hidden * hidden];
        if (params.init() == WeightInit.RANDN) {
            fioRandom.fillStandardNormal(wfio, 0, wfio.length);
        } else {
            fioRandom.fillRandomSample(wfio, 0, wfio.length);
        }
        double[][] blocks = new double[3][hidden * hidden];
        for (int row = 0; row < hidden; row++) {
            for (int b = 0; b < 3; b++) {
                for (int col = 0; col < hidden; col++) {
                    blocks[b][row * hidden + col] = wfio[row * 3 * hidden + b * hidden + col] * k;
                }
            }
        }
        LstmExperiment.Result run = LstmExperiment.run(
                new LstmExperiment.Weights(blocks[0], g, blocks[1], blocks[2]),
                hidden,
                params.steps(),
                params.batch(),
                params.inputScale(),
                params.forgetBias(),
                xRandom,
                fioRandom,
                Segments.STORE_ALL_LIMIT,
                counter(
                        progress,
                        LstmExperiment.work(params.steps(), params.batch(), hidden, Segments.STORE_ALL_LIMIT)));
        return new LstmRun(
                NormSeries.of(params.batch(), run.norms()),
                GradientClip.of(run.gradient(), 1.0),
                new CellPath(
                        NormSeries.of(params.batch(), run.cellNorms()),
                        run.meanForgetGate(),
                        run.forgetGates().counts()));
    }

    private MatMulExperiment matmulBase(RecurrentWeights weights, int steps, Progress progress) {
        return cache.computeOnce(
                new MatMulKey(weights, steps),
                () -> new MatMulExperiment(
                        weights.sharedMatrix(),
                        weights.hidden(),
                        steps,
                        Segments.STORE_ALL_LIMIT,
                        counter(progress, steps)));
    }

    private static double tanhWork(SimulationParams params) {
        return TanhRnnExperiment.work(params.steps(), params.batch(), params.hidden(), Segments.STORE_ALL_LIMIT);
    }

    private static StepCounter counter(Progress progress, double total) {
        return new StepCounter(progress::isCancelled, progress::report, total);
    }

    /** What the tanh experiment yields, as the simulator hands it out: dWh clipped at 1. */
    private record TanhRun(
            NormSeries norms, GradientClip gradient, double[] meanTanhPrime, PreActivationHistogram preActivations) {}

    /** What the LSTM experiment yields, as the simulator hands it out: dWh clipped at 1. */
    private record LstmRun(NormSeries norms, GradientClip gradient, CellPath cellPath) {}

    /** An LSTM run: everything but max-norm, which clipping applies afterwards. */
    private record LstmKey(SimulationParams params) implements RunCache.Key<LstmRun> {
        LstmKey {
            params = params.with(Parameter.MAX_NORM, 1.0);
        }

        @Override
        public Class<LstmRun> type() {
            return LstmRun.class;
        }
    }

    /** W0 and its spectrum, by what determines W0. */
    private record WeightsKey(WeightDraw draw) implements RunCache.Key<RecurrentWeights> {
        @Override
        public Class<RecurrentWeights> type() {
            return RecurrentWeights.class;
        }
    }

    /** The matmul pass of W0 (the identical instance) at scale 1 over T steps. */
    private record MatMulKey(RecurrentWeights weights, int steps) implements RunCache.Key<MatMulExperiment> {
        @Override
        public Class<MatMulExperiment> type() {
            return MatMulExperiment.class;
        }
    }

    /** dWh in matmul mode: everything but max-norm, which clipping applies afterwards. */
    private record MatMulGradientKey(SimulationParams params) implements RunCache.Key<GradientClip> {
        MatMulGradientKey {
            params = params.with(Parameter.MAX_NORM, 1.0);
        }

        @Override
        public Class<GradientClip> type() {
            return GradientClip.class;
        }
    }

    /** A tanh run: everything but max-norm, which clipping applies afterwards. */
    private record TanhKey(SimulationParams params) implements RunCache.Key<TanhRun> {
        TanhKey {
            params = params.with(Parameter.MAX_NORM, 1.0);
        }

        @Override
        public Class<TanhRun> type() {
            return TanhRun.class;
        }
    }
}
