package org.rnngradientlab.core.experiment;

import java.util.Arrays;
import org.rnngradientlab.core.linalg.Kernels;
import org.rnngradientlab.core.linalg.ScaledMatrix;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The full RNN: forward through tanh, then backpropagation through time through tanh′ = 1 − h². In numpy:
 *
 * <pre>{@code
 * np.random.seed(seed)
 * Wh = np.random.randn(H, H) * scale      # W0 * scale; np.random.rand in the uniform init
 * h = np.zeros((N, H)); hs = [h]
 * for t in range(T):
 *     a = np.dot(h, Wh) + np.random.randn(N, H) * input_scale
 *     h = np.tanh(a)
 *     hs.append(h)
 * dh = np.ones((N, H)); dWh = np.zeros((H, H)); norm_list = []
 * for t in reversed(range(1, T + 1)):       # k = T − t + 1 steps back
 *     dt = dh * (1 - hs[t]**2)
 *     dWh += np.dot(hs[t-1].T, dt)
 *     dh = np.dot(dt, Wh.T)
 *     norm_list.append(np.sqrt(np.sum(dh**2)) / N)
 * }</pre>
 *
 * <p>dh and dWh are kept as {@link LogSpace} mantissas times powers of two, so they stay right far past
 * float64's range. When all hᵗ do not fit the store limit, the forward pass keeps a {@link Segments}
 * checkpoint (state and generator position) every √T steps and the backward pass recomputes one segment at a
 * time, regenerating the inputs instead of storing them. Along the way it records the mean tanh′ per step
 * and counts the pre-activations a.
 */
public final class TanhRnnExperiment {

    private TanhRnnExperiment() {}

    /**
     * What the pass yields.
     *
     * @param norms ‖dh_k‖ for k = 1..T
     * @param gradient the norms of dWh
     * @param meanTanhPrime the mean of 1 − h² over hs[T − k + 1], index k − 1: the factor dt took at step k
     * @param preActivations every a of the forward pass, counted
     */
    public record Result(
            LogNorms norms, ScaledMatrix.Norms gradient, double[] meanTanhPrime, PreActivationCounts preActivations) {}

    /**
     * Runs the forward and the backward pass.
     *
     * @param wh Wh = scale·W0, H × H row-major; not modified
     * @param random the generator where numpy draws X, right after W0; it is advanced
     * @param storeAllLimit the most numbers of stored states before checkpointing; see {@link Segments}
     */
    public static Result run(
            double[] wh,
            int hidden,
            int steps,
            int batch,
            double inputScale,
            LegacyRandomState random,
            long storeAllLimit,
            StepCounter counter) {
        int size = batch * hidden;
        Segments segments = Segments.of(steps, size, storeAllLimit);
        int segment = segments.length();
        int count = segments.count();
        double[] whTransposed = Kernels.transpose(wh, hidden);
        double[][] startStates = new double[count][];
        LegacyRandomState.Snapshot[] startPositions = new LegacyRandomState.Snapshot[count];
        double[] states = new double[(segment + 1) * size];
        double[] a = new double[size];
        double[] tanhPrimeByTime = new double[steps + 1];
        PreActivationCounts preActivations = new PreActivationCounts();

        for (int s = 0; s < count; s++) {
            int length = segments.lengthOf(s);
            if (s > 0) {
                System.arraycopy(states, segment * size, states, 0, size);
            }
            startStates[s] = Arrays.copyOf(states, size);
            startPositions[s] = random.snapshot();
            try (InputDraws inputs = inputs(random, length, batch, hidden, inputScale)) {
                for (int i = 1; i <= length; i++) {
                    tanhPrimeByTime[segments.start(s) + i] = forwardStep(wh, hidden, batch, inputs, states, i, a);
                    preActivations.add(a, 0, size);
                    counter.advance(1);
                }
            }
        }

        LogNorms norms = new LogNorms(steps);
        ScaledMatrix gradient = new ScaledMatrix(hidden);
        double[] dh = new double[size];
        Arrays.fill(dh, 1.0);
        double[] dt = new double[size];
        int exponent = 0;
        try {
            for (int s = count - 1; s >= 0; s--) {
                int length = segments.lengthOf(s);
                if (s < count - 1) {
                    System.arraycopy(startStates[s], 0, states, 0, size);
                    random.restore(startPositions[s]);
                    try (InputDraws inputs = inputs(random, length, batch, hidden, inputScale)) {
                        for (int i = 1; i <= length; i++) {
                            forwardStep(wh, hidden, batch, inputs, states, i, a);
                            counter.advance(1);
                        }
                    }
                }
                for (int i = length; i >= 1; i--) {
                    int k = steps - (segments.start(s) + i) + 1;
                    int hNow = i * size;
                    for (int e = 0; e < size; e++) {
                        double h = states[hNow + e];
                        dt[e] = dh[e] * (1 - h * h);
                    }
                    gradient.addTransposeProduct(states, hNow - size, dt, batch, exponent);
                    Arrays.fill(dh, 0.0);
                    Kernels.multiplyAdd(dt, 0, whTransposed, dh, 0, batch, hidden, hidden);
                    exponent += LogSpace.renormalize(dh, 0, size);
                    norms.record(k, dh, 0, size, exponent);
                    counter.advance(1);
                }
            }
        } finally {
            gradient.settle();
        }
        double[] meanTanhPrime = new double[steps];
        for (int k = 1; k <= steps; k++) {
            meanTanhPrime[k - 1] = tanhPrimeByTime[steps - k + 1];
        }
        return new Result(norms, gradient.norms(), meanTanhPrime, preActivations);
    }

    /**
     * The units of work {@link #run} counts: T forward steps, the recomputation of every segment but the
     * newest, and T backward steps.
     */
    public static double work(int steps, int batch, int hidden, long storeAllLimit) {
        Segments segments = Segments.of(steps, (long) batch * hidden, storeAllLimit);
        return 3.0 * steps - segments.lengthOf(segments.count() - 1);
    }

    /**
     * states[i] = tanh(states[i−1] @ Wh + X[t]), leaving a = states[i−1] @ Wh + X[t] in {@code a}; returns the
     * mean of tanh′ = 1 − h² over the new state.
     */
    private static double forwardStep(
            double[] wh, int hidden, int batch, InputDraws inputs, double[] states, int i, double[] a) {
        int size = batch * hidden;
        inputs.next(a);
        Kernels.multiplyAdd(states, (i - 1) * size, wh, a, 0, batch, hidden, hidden);
        int out = i * size;
        double tanhPrimeSum = 0;
        for (int e = 0; e < size; e++) {
            double h = tanh(a[e]);
            states[out + e] = h;
            tanhPrimeSum += 1 - h * h;
        }
        return tanhPrimeSum / size;
    }

    /**
     * The inputs of a forward pass over {@code steps} steps; drawn ahead on a helper only where the forward
     * product is too small to be split over the cores itself.
     */
    private static InputDraws inputs(LegacyRandomState random, int steps, int batch, int hidden, double inputScale) {
        boolean productRunsAlone = (long) batch * hidden * hidden < Kernels.PARALLEL_THRESHOLD;
        return new InputDraws(random, steps, batch, hidden, inputScale, false, productRunsAlone);
    }

    /**
     * tanh(x) within an ulp of {@link Math#tanh}, several times faster away from 0: for |x| ≥ 1 it is
     * fdlibm's 1 − 2/(e^{2|x|} + 1), with the JIT's fast exp in place of expm1. The form matters where tanh
     * saturates: h = 1 − δ is then rounded from an accurate δ, as fdlibm and numpy round it, so 1 − h², which
     * keeps only the digits of δ, comes out the same. Near 0 it is {@link Math#tanh}.
     */
    static double tanh(double x) {
        double magnitude = Math.abs(x);
        if (!(magnitude >= 1.0)) {
            return Math.tanh(x);
        }
        if (magnitude > 22) {
            return Math.copySign(1.0, x);
        }
        return Math.copySign(1 - 2 / (Math.exp(2 * magnitude) + 1), x);
    }
}
