package org.rnngradientlab.core;

import java.util.Objects;

/**
 * Everything that determines one simulated backward pass, in the terms of the book's script:
 *
 * <pre>{@code
 * np.random.seed(seed)
 * W0 = np.random.randn(hidden, hidden)        # or rand, see init
 * Wh = scale * W0                              # or scale * W0 / max(abs(eigvals(W0))), see scaleMode
 * X  = np.random.randn(steps, batch, hidden) * inputScale
 * }</pre>
 *
 * <p>The ranges are those of {@link Parameter}; the constructor refuses anything else with an
 * {@link IllegalArgumentException} naming the parameter.
 *
 * @param hidden H, the size of the hidden state
 * @param steps T, the number of time steps propagated back
 * @param seed the seed of numpy's legacy generator
 * @param scale the weight scale (a multiplier, or the spectral radius, see {@code scaleMode})
 * @param init how W0 is drawn
 * @param scaleMode what the scale means
 * @param mode the book's MatMul-only backward pass, or the full RNN with tanh
 * @param batch N, the mini-batch size
 * @param inputScale the standard deviation of the inputs x
 * @param maxNorm the threshold of the book's {@code clip_grads}
 */
public record SimulationParams(
        int hidden,
        int steps,
        long seed,
        double scale,
        WeightInit init,
        ScaleMode scaleMode,
        BackpropMode mode,
        int batch,
        double inputScale,
        double maxNorm) {

    /** The book's experiment: H 3, T 20, seed 3, scale 1.0, randn, raw, matmul, batch 2, input 1.0, max-norm 5.0. */
    public static final SimulationParams BOOK =
            new SimulationParams(3, 20, 3, 1.0, WeightInit.RANDN, ScaleMode.RAW, BackpropMode.MATMUL, 2, 1.0, 5.0);

    public SimulationParams {
        Parameter.HIDDEN.check(hidden);
        Parameter.STEPS.check(steps);
        Parameter.SEED.check(seed);
        Parameter.SCALE.check(scale);
        Parameter.BATCH.check(batch);
        Parameter.INPUT_SCALE.check(inputScale);
        Parameter.MAX_NORM.check(maxNorm);
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(scaleMode, "scaleMode");
        Objects.requireNonNull(mode, "mode");
    }

    public SimulationParams withHidden(int value) {
        return new SimulationParams(value, steps, seed, scale, init, scaleMode, mode, batch, inputScale, maxNorm);
    }

    public SimulationParams withSteps(int value) {
        return new SimulationParams(hidden, value, seed, scale, init, scaleMode, mode, batch, inputScale, maxNorm);
    }

    public SimulationParams withSeed(long value) {
        return new SimulationParams(hidden, steps, value, scale, init, scaleMode, mode, batch, inputScale, maxNorm);
    }

    public SimulationParams withScale(double value) {
        return new SimulationParams(hidden, steps, seed, value, init, scaleMode, mode, batch, inputScale, maxNorm);
    }

    public SimulationParams withInit(WeightInit value) {
        return new SimulationParams(hidden, steps, seed, scale, value, scaleMode, mode, batch, inputScale, maxNorm);
    }

    public SimulationParams withScaleMode(ScaleMode value) {
        return new SimulationParams(hidden, steps, seed, scale, init, value, mode, batch, inputScale, maxNorm);
    }

    public SimulationParams withMode(BackpropMode value) {
        return new SimulationParams(hidden, steps, seed, scale, init, scaleMode, value, batch, inputScale, maxNorm);
    }

    public SimulationParams withBatch(int value) {
        return new SimulationParams(hidden, steps, seed, scale, init, scaleMode, mode, value, inputScale, maxNorm);
    }

    public SimulationParams withInputScale(double value) {
        return new SimulationParams(hidden, steps, seed, scale, init, scaleMode, mode, batch, value, maxNorm);
    }

    public SimulationParams withMaxNorm(double value) {
        return new SimulationParams(hidden, steps, seed, scale, init, scaleMode, mode, batch, inputScale, value);
    }
}
