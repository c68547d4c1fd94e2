package org.rnngradientlab.core.experiment;

import java.util.Arrays;
import org.rnngradientlab.core.linalg.Kernels;
import org.rnngradientlab.core.linalg.ScaledMatrix;
import org.rnngradientlab.core.linalg.Vectors;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The book's experiment (ch06/rnn_gradient_graph.py): the backward pass through MatMul nodes only, no tanh.
 *
 * <pre>{@code
 * dh = np.ones((N, H))
 * np.random.seed(seed)
 * Wh = np.random.randn(H, H) * scale      # W0 * scale; np.random.rand in the uniform init
 * norm_list = []
 * for t in range(T):
 *     dh = np.dot(dh, Wh.T)
 *     norm = np.sqrt(np.sum(dh**2)) / N
 *     norm_list.append(norm)
 * }</pre>
 *
 * <p>Every row of dh equals the first, since dh starts as ones and only meets Whᵀ; so one H-vector r carries
 * the whole pass, r_k = r_{k−1}·Whᵀ from r_0 = ones, and ‖dh_k‖_F = √N·‖r_k‖. And with Wh = c·W0, dh at
 * scale c is c^k times dh at scale 1: this object is the pass of W0 itself, which the simulator keeps, so a
 * change of scale costs O(T) (see NormSeries.times).
 *
 * <p>The gradient dWh needs the forward pass as well, with matmul nodes only:
 *
 * <pre>{@code
 * h = np.zeros((N, H)); hs = [h]
 * for t in range(T):
 *     h = np.dot(h, Wh) + np.random.randn(N, H) * input_scale
 *     hs.append(h)
 * dh = np.ones((N, H)); dWh = np.zeros((H, H))
 * for t in reversed(range(1, T + 1)):
 *     dWh += np.dot(hs[t-1].T, dh)
 *     dh = np.dot(dh, Wh.T)
 * }</pre>
 *
 * <p>which is {@link #gradient}: since every row of dh is c^{k−1} r_{k−1}, only the batch sum of each h
 * matters ({@code hs[t-1].T @ (1 r) = (sum of rows of hs[t-1]) ⊗ r}).
 *
 * <p>Gradients are kept as {@link LogSpace} mantissas times powers of two. When the rows r_0..r_{T−1} do
 * not fit the store limit, they are kept at {@link Segments} checkpoints and recomputed for dWh one segment
 * at a time, bit-identical to the first pass. Immutable once built; read by several threads.
 */
public final class MatMulExperiment {

    private final int hidden;
    private final int steps;
    private final Segments segments;
    private final double[] w0Transposed;
    private final LogNorms rowNorms;
    /** r_j for j = c·segment, one per segment; all of r_0..r_{T−1} when they fit in one segment. */
    private final double[][] checkpoints;

    private final int[] checkpointExponents;
    private final double[] storedRows;
    private final int[] storedExponents;

    /**
     * Runs the backward pass of W0 itself (multiplier 1), r_k = r_{k−1}·W0ᵀ from r_0 = ones, keeping every row
     * when T + 1 rows fit {@code storeAllLimit} numbers and checkpoints otherwise.
     *
     * @param w0 W0, H × H row-major; not modified, not kept
     */
    public MatMulExperiment(double[] w0, int hidden, int steps, long storeAllLimit, StepCounter counter) {
        this.hidden = hidden;
        this.steps = steps;
        this.segments = Segments.of(steps, hidden, storeAllLimit);
        this.w0Transposed = Kernels.transpose(w0, hidden);
        rowNorms = new LogNorms(steps);
        int segment = segments.length();
        int count = segments.count();
        checkpoints = new double[count][];
        checkpointExponents = new int[count];
        boolean storeAll = count == 1;
        storedRows = storeAll ? new double[steps * hidden] : null;
        storedExponents = storeAll ? new int[steps] : null;

        double[] r = new double[hidden];
        Arrays.fill(r, 1.0);
        double[] next = new double[hidden];
        int exponent = 0;
        checkpoints[0] = r.clone();
        if (storeAll) {
            System.arraycopy(r, 0, storedRows, 0, hidden);
        }
        for (int k = 1; k <= steps; k++) {
            Arrays.fill(next, 0.0);
            Kernels.multiplyAdd(r, 0, w0Transposed, next, 0, 1, hidden, hidden);
            exponent += LogSpace.renormalize(next, 0, hidden);
            rowNorms.record(k, next, 0, hidden, exponent);
            double[] swap = r;
            r = next;
            next = swap;
            if (storeAll && k < steps) {
                System.arraycopy(r, 0, storedRows, k * hidden, hidden);
                storedExponents[k] = exponent;
            } else if (k % segment == 0 && k < steps) {
                checkpoints[k / segment] = r.clone();
                checkpointExponents[k / segment] = exponent;
            }
            counter.advance(1);
        }
    }

    /** H. */
    public int hidden() {
        return hidden;
    }

    /** T. */
    public int steps() {
        return steps;
    }

    /** How many segments the rows are kept in (1 when all are stored). */
    public int segmentCount() {
        return segments.count();
    }

    /**
     * The norms of dh for batch N at multiplier 1: every row of dh is r, so ‖dh‖_F = √N·‖r‖ and max|dh| =
     * max|r|. Multiply by c^k for scale c.
     */
    public LogNorms norms(int batch) {
        return rowNorms.timesFrobenius(Math.sqrt(batch));
    }

    /**
     * dWh at multiplier c (Wh = c·W0, or the spectral scaling): dWh = Σ_k g_{T−k} ⊗ c^{k−1} r_{k−1}, where g_t,
     * the batch sum of hs[t], follows g_{t+1} = g_t·Wh + Σ_n X[t, n]. O(T·H²) whatever N is.
     *
     * @param wh Wh = c·W0, H × H row-major
     * @param random the generator where numpy draws X, right after W0; it is advanced
     */
    public ScaledMatrix.Norms gradient(
            double[] wh,
            double multiplier,
            LegacyRandomState random,
            int batch,
            double inputScale,
            StepCounter counter) {
        ScaledMatrix gradient = new ScaledMatrix(hidden);
        if (inputScale == 0) {
            return gradient.norms();
        }
        LogSpace.Powers powers = LogSpace.powers(multiplier, steps);
        double[] powerMantissa = powers.mantissa();
        int[] powerExponent = powers.exponent();

        double[] buffer = new double[segments.length() * hidden];
        int[] bufferExponents = new int[segments.length()];
        double[] g = new double[hidden];
        double[] next = new double[hidden];
        double[] x = new double[batch * hidden];
        int gExponent = 0;
        boolean gIsZero = true;
        try {
            for (int c = segments.count() - 1; c >= 0; c--) {
                Rows rows = segment(c, buffer, bufferExponents, counter);
                for (int j = rows.from() + rows.length() - 1; j >= rows.from(); j--) {
                    int t = steps - 1 - j;
                    int row = j - rows.from();
                    if (!gIsZero && powerMantissa[j] != 0) {
                        gradient.addOuter(
                                g,
                                rows.mantissas(),
                                row * hidden,
                                powerMantissa[j],
                                gExponent + rows.exponents()[row] + powerExponent[j]);
                    }
                    if (t + 1 < steps) {
                        random.fillStandardNormal(x, 0, x.length);
                        Arrays.fill(next, 0.0);
                        for (int n = 0; n < batch; n++) {
                            for (int i = 0; i < hidden; i++) {
                                next[i] += x[n * hidden + i] * inputScale;
                            }
                        }
                        for (int i = 0; i < hidden; i++) {
                            next[i] = Math.scalb(next[i], -gExponent);
                        }
                        if (!gIsZero) {
                            Kernels.multiplyAdd(g, 0, wh, next, 0, 1, hidden, hidden);
                        }
                        gExponent += LogSpace.renormalize(next, 0, hidden);
                        gIsZero = Vectors.largestAbs(next, 0, hidden) == 0;
                        double[] swap = g;
                        g = next;
                        next = swap;
                    }
                    counter.advance(1);
                }
            }
        } finally {
            gradient.settle();
        }
        return gradient.norms();
    }

    /** Rows r_j, j = from..from+length−1, as mantissas (row j − from) with their exponents. */
    private record Rows(double[] mantissas, int[] exponents, int from, int length) {}

    /**
     * The rows r_j of segment c, j in [c·segment, min((c+1)·segment, T)): stored ones as they are, others
     * recomputed from the segment's checkpoint into {@code buffer}, bit-identical to the first pass.
     */
    private Rows segment(int c, double[] buffer, int[] exponents, StepCounter counter) {
        if (storedRows != null) {
            return new Rows(storedRows, storedExponents, 0, steps);
        }
        int from = segments.start(c);
        int to = from + segments.lengthOf(c);
        System.arraycopy(checkpoints[c], 0, buffer, 0, hidden);
        exponents[0] = checkpointExponents[c];
        for (int j = from + 1; j < to; j++) {
            int row = (j - from) * hidden;
            Arrays.fill(buffer, row, row + hidden, 0.0);
            Kernels.multiplyAdd(buffer, row - hidden, w0Transposed, buffer, row, 1, hidden, hidden);
            exponents[j - from] = exponents[j - from - 1] + LogSpace.renormalize(buffer, row, hidden);
            counter.advance(1);
        }
        return new Rows(buffer, exponents, from, to - from);
    }
}
