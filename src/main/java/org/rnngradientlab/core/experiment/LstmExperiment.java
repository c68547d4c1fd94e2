package org.rnngradientlab.core.experiment;

import java.util.Arrays;
import org.rnngradientlab.core.linalg.Kernels;
import org.rnngradientlab.core.linalg.ScaledMatrix;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The LSTM of the book (Deep Learning from Scratch 2, 6.3, {@code common/time_layers.py}), on the same W0 and X
 * as the RNN experiments: W0·k is its g-block, and the f, i and o blocks and their inputs are drawn after X. Its
 * memory cell's backward path is only {@code +} and an element-wise {@code ×} by the forget gate, so the
 * gradient no longer passes through Wh once per step. In numpy (gate order f, g, i, o):
 *
 * <pre>{@code
 * W0 = np.random.randn(H, H); X = np.random.randn(T, N, H) * input_scale      # as the RNN draws them
 * Wfio = np.random.randn(H, 3 * H) * k; Xfio = np.random.randn(T, N, 3 * H) * input_scale
 * Wh = np.hstack((Wfio[:, :H], W0 * k, Wfio[:, H:2*H], Wfio[:, 2*H:]))
 * b = np.zeros(4 * H); b[:H] = forget_bias
 * for t in range(T):
 *     A = h @ Wh + Xa[t] + b
 *     f, g, i, o = sigmoid(A_f), np.tanh(A_g), sigmoid(A_i), sigmoid(A_o)
 *     c = f * c + g * i; h = o * np.tanh(c)
 * dh = np.ones((N, H)); dc = np.zeros((N, H))
 * for each cell from the last to the first:
 *     tanh_c = np.tanh(c_next); ds = dc + (dh * o) * (1 - tanh_c ** 2); dc_prev = ds * f
 *     di = ds * g * i * (1 - i); df = ds * c_prev * f * (1 - f); do = dh * tanh_c * o * (1 - o); dg = ds * i * (1 - g ** 2)
 *     dA = np.hstack((df, dg, di, do)); dWh += h_prev.T @ dA; dh = dA @ Wh.T; dc = dc_prev
 *     norms[k] = sqrt(sum(dh**2)) / N; cell_norms[k] = sqrt(sum(dc**2)) / N; mean_forget[k] = mean(f)
 * }</pre>
 *
 * <p>Once the forward pass is known the backward pass is linear in (dh, dc), so both are kept as one
 * {@link LogSpace} mantissa array [dh | dc] times a common power of two: exact far past float64's range. The
 * four gates are four H × H blocks, so every product is one of the kernels the RNN uses. Checkpointing as
 * {@link TanhRnnExperiment} does: when the states of all steps do not fit the store limit, a {@link Segments}
 * checkpoint every √T steps (h, c and where both generators stood), one segment recomputed at a time.
 */
public final class LstmExperiment {

    /** Gate blocks, in the book's order. */
    private static final int F = 0;

    private static final int G = 1;
    private static final int I = 2;
    private static final int O = 3;
    private static final int GATES = 4;
    /** Numbers stored per step: h, c and the four gates. */
    private static final int STORED = 2 + GATES;

    private LstmExperiment() {}

    /**
     * What the pass yields.
     *
     * @param norms ‖dh_k‖ for k = 1..T
     * @param cellNorms ‖dc_k‖ for k = 1..T, the gradient along the memory cell
     * @param gradient the norms of dWh, the H × 4H matrix of all four gates
     * @param meanForgetGate the mean forget gate f of the cell step k passes back through, index k − 1
     * @param forgetGates every forget gate of the forward pass (T·N·H of them), counted on [0, 1]
     */
    public record Result(
            LogNorms norms,
            LogNorms cellNorms,
            ScaledMatrix.Norms gradient,
            double[] meanForgetGate,
            ForgetGateCounts forgetGates) {}

    /** The recurrent weights, each H × H row-major and already scaled: f, g (= W0·k), i, o. */
    public record Weights(double[] f, double[] g, double[] i, double[] o) {
        double[] block(int gate) {
            return switch (gate) {
                case F -> f;
                case G -> g;
                case I -> i;
                default -> o;
            };
        }
    }

    /**
     * Runs the forward and the backward pass.
     *
     * @param weights the four blocks of Wh; not modified
     * @param xRandom the generator where numpy draws X, right after W0; it is advanced
     * @param fioRandom the generator where numpy draws Xfio, right after Wfio; it is advanced
     * @param storeAllLimit the most numbers of stored states before checkpointing; see {@link Segments}
     */
    public static Result run(
            Weights weights,
            int hidden,
            int steps,
            int batch,
            double inputScale,
            double forgetBias,
            LegacyRandomState xRandom,
            LegacyRandomState fioRandom,
            long storeAllLimit,
            StepCounter counter) {
        int size = batch * hidden;
        Segments segments = Segments.of(steps, (long) STORED * size, storeAllLimit);
        int segment = segments.length();
        int count = segments.count();
        double[][] transposed = new double[GATES][];
        for (int gate = 0; gate < GATES; gate++) {
            transposed[gate] = Kernels.transpose(weights.block(gate), hidden);
        }
        double[][] startStates = new double[count][];
        LegacyRandomState.Snapshot[] xPositions = new LegacyRandomState.Snapshot[count];
        LegacyRandomState.Snapshot[] fioPositions = new LegacyRandomState.Snapshot[count];
        // per step i of a segment: h and c at [i·size, (i+1)·size); the gates of step i (i ≥ 1) likewise
        double[] hs = new double[(segment + 1) * size];
        double[] cs = new double[(segment + 1) * size];
        double[][] gates = new double[GATES][(segment + 1) * size];
        Forward forward = new Forward(weights, hidden, batch, forgetBias);
        double[] forgetByTime = new double[steps + 1];
        ForgetGateCounts forgetGates = new ForgetGateCounts();

        for (int s = 0; s < count; s++) {
            int length = segments.lengthOf(s);
            if (s > 0) {
                System.arraycopy(hs, segment * size, hs, 0, size);
                System.arraycopy(cs, segment * size, cs, 0, size);
            }
            double[] start = new double[2 * size];
            System.arraycopy(hs, 0, start, 0, size);
            System.arraycopy(cs, 0, start, size, size);
            startStates[s] = start;
            xPositions[s] = xRandom.snapshot();
            fioPositions[s] = fioRandom.snapshot();
            try (InputDraws x = inputs(xRandom, length, batch, hidden, inputScale);
                    InputDraws fio = inputs(fioRandom, length, batch, 3 * hidden, inputScale)) {
                for (int i = 1; i <= length; i++) {
                    forgetByTime[segments.start(s) + i] = forward.step(x, fio, hs, cs, gates, i);
                    forgetGates.add(gates[F], i * size, size); // once per step: not again when recomputed
                    counter.advance(1);
                }
            }
        }

        LogNorms norms = new LogNorms(steps);
        LogNorms cellNorms = new LogNorms(steps);
        ScaledMatrix[] gradient = new ScaledMatrix[GATES];
        for (int gate = 0; gate < GATES; gate++) {
            gradient[gate] = new ScaledMatrix(hidden);
        }
        double[] dhc = new double[2 * size]; // [dh | dc]
        Arrays.fill(dhc, 0, size, 1.0);
        double[][] dGate = new double[GATES][size];
        int exponent = 0;
        try {
            for (int s = count - 1; s >= 0; s--) {
                int length = segments.lengthOf(s);
                if (s < count - 1) {
                    System.arraycopy(startStates[s], 0, hs, 0, size);
                    System.arraycopy(startStates[s], size, cs, 0, size);
                    xRandom.restore(xPositions[s]);
                    fioRandom.restore(fioPositions[s]);
                    try (InputDraws x = inputs(xRandom, length, batch, hidden, inputScale);
                            InputDraws fio = inputs(fioRandom, length, batch, 3 * hidden, inputScale)) {
                        for (int i = 1; i <= length; i++) {
                            forward.step(x, fio, hs, cs, gates, i);
                            counter.advance(1);
                        }
                    }
                }
                for (int i = length; i >= 1; i--) {
                    int k = steps - (segments.start(s) + i) + 1;
                    int now = i * size;
                    int before = now - size;
                    for (int e = 0; e < size; e++) {
                        double f = gates[F][now + e];
                        double g = gates[G][now + e];
                        double in = gates[I][now + e];
                        double o = gates[O][now + e];
                        double tanhC = TanhRnnExperiment.tanh(cs[now + e]);
                        double dh = dhc[e];
                        double ds = dhc[size + e] + (dh * o) * (1 - tanhC * tanhC);
                        dhc[size + e] = ds * f;
                        dGate[I][e] = ds * g * in * (1 - in);
                        dGate[F][e] = ds * cs[before + e] * f * (1 - f);
                        dGate[O][e] = dh * tanhC * o * (1 - o);
                        dGate[G][e] = ds * in * (1 - g * g);
                    }
                    Arrays.fill(dhc, 0, size, 0.0);
                    for (int gate = 0; gate < GATES; gate++) {
                        gradient[gate].addTransposeProduct(hs, before, dGate[gate], batch, exponent);
                        Kernels.multiplyAdd(dGate[gate], 0, transposed[gate], dhc, 0, batch, hidden, hidden);
                    }
                    exponent += LogSpace.renormalize(dhc, 0, 2 * size);
                    norms.record(k, dhc, 0, size, exponent);
                    cellNorms.record(k, dhc, size, size, exponent);
                    counter.advance(1);
                }
            }
        } finally {
            for (ScaledMatrix g : gradient) {
                g.settle();
            }
        }
        double[] meanForgetGate = new double[steps];
        for (int k = 1; k <= steps; k++) {
            meanForgetGate[k - 1] = forgetByTime[steps - k + 1];
        }
        return new Result(norms, cellNorms, combined(gradient), meanForgetGate, forgetGates);
    }

    /** The units of work {@link #run} counts, as {@link TanhRnnExperiment#work} does. */
    public static double work(int steps, int batch, int hidden, long storeAllLimit) {
        Segments segments = Segments.of(steps, (long) STORED * batch * hidden, storeAllLimit);
        return 3.0 * steps - segments.lengthOf(segments.count() - 1);
    }

    /** The norms of the H × 4H matrix whose four blocks are {@code blocks}: Frobenius² adds up over blocks. */
    private static ScaledMatrix.Norms combined(ScaledMatrix[] blocks) {
        ScaledMatrix.Norms[] norms = new ScaledMatrix.Norms[blocks.length];
        int exponent = Integer.MIN_VALUE;
        for (int b = 0; b < blocks.length; b++) {
            norms[b] = blocks[b].norms();
            if (norms[b].frobeniusMantissa() > 0) {
                exponent = Math.max(exponent, norms[b].exponent());
            }
        }
        if (exponent == Integer.MIN_VALUE) {
            return new ScaledMatrix.Norms(0, 0, 0);
        }
        double squares = 0;
        double largest = 0;
        for (ScaledMatrix.Norms n : norms) {
            if (n.frobeniusMantissa() > 0) {
                double down = Math.scalb(1.0, Math.max(n.exponent() - exponent, -1100));
                squares += (n.frobeniusMantissa() * down) * (n.frobeniusMantissa() * down);
                largest = Math.max(largest, n.largestMantissa() * down);
            }
        }
        return new ScaledMatrix.Norms(Math.sqrt(squares), largest, exponent);
    }

    private static InputDraws inputs(LegacyRandomState random, int steps, int batch, int width, double inputScale) {
        boolean productRunsAlone = (long) batch * width * width < Kernels.PARALLEL_THRESHOLD;
        return new InputDraws(random, steps, batch, width, inputScale, false, productRunsAlone);
    }

    /** One forward step, with the buffers it needs. */
    private static final class Forward {
        private final Weights weights;
        private final int hidden;
        private final int batch;
        private final double forgetBias;
        private final double[] x;
        private final double[] fio;
        private final double[] a;

        Forward(Weights weights, int hidden, int batch, double forgetBias) {
            this.weights = weights;
            this.hidden = hidden;
            this.batch = batch;
            this.forgetBias = forgetBias;
            this.x = new double[batch * hidden];
            this.fio = new double[batch * 3 * hidden];
            this.a = new double[batch * hidden];
        }

        /**
         * h_i, c_i and the gates of step i from h_{i−1}, c_{i−1} and the next inputs; returns the mean forget
         * gate of the step.
         */
        double step(InputDraws xDraws, InputDraws fioDraws, double[] hs, double[] cs, double[][] gates, int i) {
            int size = batch * hidden;
            int before = (i - 1) * size;
            int now = i * size;
            xDraws.next(x);
            fioDraws.next(fio);
            for (int gate = 0; gate < GATES; gate++) {
                // A_gate = h @ W_gate + x_gate (+ the forget bias); Xfio's row holds the f, i, o parts in turn
                for (int n = 0; n < batch; n++) {
                    for (int j = 0; j < hidden; j++) {
                        a[n * hidden + j] = switch (gate) {
                            case F -> fio[n * 3 * hidden + j];
                            case G -> x[n * hidden + j];
                            case I -> fio[n * 3 * hidden + hidden + j];
                            default -> fio[n * 3 * hidden + 2 * hidden + j];
                        };
                    }
                }
                Kernels.multiplyAdd(hs, before, weights.block(gate), a, 0, batch, hidden, hidden);
                double[] out = gates[gate];
                for (int e = 0; e < size; e++) {
                    out[now + e] = switch (gate) {
                        case F -> sigmoid(a[e] + forgetBias);
                        case G -> TanhRnnExperiment.tanh(a[e]);
                        default -> sigmoid(a[e]);
                    };
                }
            }
            double forgetSum = 0;
            for (int e = 0; e < size; e++) {
                double f = gates[F][now + e];
                double c = f * cs[before + e] + gates[G][now + e] * gates[I][now + e];
                cs[now + e] = c;
                hs[now + e] = gates[O][now + e] * TanhRnnExperiment.tanh(c);
                forgetSum += f;
            }
            return forgetSum / size;
        }
    }

    /** numpy's {@code 1 / (1 + np.exp(-x))}. */
    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
