package org.rnngradientlab.core;

import java.util.Arrays;

/**
 * The loops of backpropagation through time, mirroring (in numpy terms, with mode "tanh" or "matmul"):
 *
 * <pre>{@code
 * h = zeros((N, H)); hs = [h]
 * for t in range(T):
 *     a = h @ Wh + X[t]
 *     h = tanh(a) if mode == "tanh" else a
 *     hs.append(h)
 * dh = ones((N, H)); dWh = zeros((H, H))
 * for k in range(1, T + 1):
 *     t = T - k + 1
 *     dt = dh * (1 - hs[t]**2) if mode == "tanh" else dh
 *     dWh += hs[t-1].T @ dt
 *     dh = dt @ Wh.T
 *     norm[k] = sqrt(sum(dh**2)) / N
 * }</pre>
 *
 * <p>Gradients are kept as mantissas times a power of two, renormalised exactly every step, so they stay
 * right far past float64's range. Memory stays bounded: when storing every hᵗ would exceed
 * {@link #STORE_ALL_LIMIT} numbers, the forward pass keeps a checkpoint (state and generator position) every
 * √T steps and the backward pass recomputes one segment at a time (Griewank &amp; Walther, "Evaluating
 * Derivatives", ch. 12), regenerating the inputs instead of storing them.
 *
 * <p>In matmul mode every row of dh equals the first, since dh starts as ones and only meets Whᵀ; so one
 * H-vector r carries the whole backward pass, and only the batch sum of h matters for dWh
 * ({@code hs[t-1].T @ (1 r) = (sum of rows of hs[t-1]) ⊗ r}).
 */
final class BackpropEngine {

    /** The most numbers kept for stored states before the passes switch to checkpoints (32 MB). */
    static final long STORE_ALL_LIMIT = 1L << 22;

    /**
     * The same for the rows of the matmul pass at scale 1, which the simulator keeps for later scale changes
     * (8 MB), so that a few remembered runs never hold much of the heap.
     */
    static final long STORE_BASE_LIMIT = 1L << 20;

    private BackpropEngine() {}

    /** Steps per segment: all T when storing all states fits {@code storeAllLimit} numbers, else about √T. */
    static int segmentLength(int steps, long numbersPerState, long storeAllLimit) {
        if ((steps + 1L) * numbersPerState <= storeAllLimit) {
            return steps;
        }
        return Math.max(1, (int) Math.ceil(Math.sqrt(steps)));
    }

    /**
     * The matmul-mode backward pass of W0 itself (multiplier 1): r_k = r_{k−1} W0ᵀ from r_0 = ones, whose
     * norms give those of any scale c as c^k times these.
     */
    static MatmulBase matmulBase(double[] w0, int hidden, int steps, long storeAllLimit, StepCounter counter) {
        return new MatmulBase(w0, hidden, steps, storeAllLimit, counter);
    }

    /** The backward pass of the book's experiment for one W0 and T, at multiplier 1. */
    static final class MatmulBase {
        final int hidden;
        final int steps;
        final int segment;
        final double[] w0Transposed;
        final double[] normMantissa;
        final int[] normExponent;
        final double[] largestMantissa;
        final int[] largestExponent;
        /** r_j for j = c·segment, one per segment; all of r_0..r_{T−1} when they fit in one segment. */
        private final double[][] checkpoints;

        private final int[] checkpointExponents;
        private final double[] storedRows;
        private final int[] storedExponents;

        private MatmulBase(double[] w0, int hidden, int steps, long storeAllLimit, StepCounter counter) {
            this.hidden = hidden;
            this.steps = steps;
            this.segment = segmentLength(steps, hidden, storeAllLimit);
            this.w0Transposed = Kernels.transpose(w0, hidden);
            normMantissa = new double[steps];
            normExponent = new int[steps];
            largestMantissa = new double[steps];
            largestExponent = new int[steps];
            int count = (steps + segment - 1) / segment;
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
                exponent += renormalize(next, 0, hidden);
                normMantissa[k - 1] = frobenius(next, 0, hidden);
                normExponent[k - 1] = exponent;
                largestMantissa[k - 1] = largestAbs(next, 0, hidden);
                largestExponent[k - 1] = exponent;
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

        /**
         * The norm series for batch N and multiplier c (Wh = c·W0): every row of dh is r, so
         * ‖dh‖_F = √N·‖r‖, and dh at scale c is c^k times dh at scale 1.
         */
        NormSeries normSeries(int batch, double multiplier) {
            double rootBatch = Math.sqrt(batch);
            double[] frobenius = new double[steps];
            for (int i = 0; i < steps; i++) {
                frobenius[i] = normMantissa[i] * rootBatch;
            }
            return new NormSeries(
                            batch, frobenius, normExponent.clone(), largestMantissa.clone(), largestExponent.clone())
                    .times(multiplier);
        }

        int segmentCount() {
            return checkpoints.length;
        }

        /** Rows r_j, j = from..from+length−1, as mantissas (row j − from) with their exponents. */
        record Rows(double[] mantissas, int[] exponents, int from, int length) {}

        /**
         * The rows r_j of segment c, j in [c·segment, min((c+1)·segment, T)): stored ones as they are, others
         * recomputed from the segment's checkpoint into {@code buffer}, bit-identical to the first pass.
         */
        Rows segment(int c, double[] buffer, int[] exponents, StepCounter counter) {
            int from = c * segment;
            int to = Math.min(from + segment, steps);
            if (storedRows != null) {
                return new Rows(storedRows, storedExponents, 0, steps);
            }
            System.arraycopy(checkpoints[c], 0, buffer, 0, hidden);
            exponents[0] = checkpointExponents[c];
            for (int j = from + 1; j < to; j++) {
                int row = (j - from) * hidden;
                Arrays.fill(buffer, row, row + hidden, 0.0);
                Kernels.multiplyAdd(buffer, row - hidden, w0Transposed, buffer, row, 1, hidden, hidden);
                exponents[j - from] = exponents[j - from - 1] + renormalize(buffer, row, hidden);
                counter.advance(1);
            }
            return new Rows(buffer, exponents, from, to - from);
        }
    }

    /**
     * dWh in matmul mode at multiplier c (Wh = c·W0 or the spectral scaling): dWh = Σ_k g_{T−k} ⊗ c^{k−1} r_{k−1},
     * where g_t, the batch sum of hs[t], follows g_{t+1} = g_t Wh + Σ_n X[t, n]. O(T·H²) whatever N is.
     * Returned clipped at 1; see {@link GradientClip#withMaxNorm}.
     */
    static GradientClip matmulGradient(
            MatmulBase base,
            double[] wh,
            double multiplier,
            LegacyRandomState random,
            int batch,
            double inputScale,
            StepCounter counter) {
        int hidden = base.hidden;
        int steps = base.steps;
        ScaledMatrix gradient = new ScaledMatrix(hidden);
        if (inputScale == 0) {
            return gradient.clip(1.0);
        }
        double[] powerMantissa = new double[steps];
        int[] powerExponent = new int[steps];
        powers(multiplier, powerMantissa, powerExponent);

        double[] buffer = new double[base.segment * hidden];
        int[] bufferExponents = new int[base.segment];
        double[] g = new double[hidden];
        double[] next = new double[hidden];
        double[] x = new double[batch * hidden];
        int gExponent = 0;
        boolean gIsZero = true;
        try {
            for (int c = base.segmentCount() - 1; c >= 0; c--) {
                MatmulBase.Rows rows = base.segment(c, buffer, bufferExponents, counter);
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
                        gExponent += renormalize(next, 0, hidden);
                        gIsZero = largestAbs(next, 0, hidden) == 0;
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
        return gradient.clip(1.0);
    }

    /** m^j for j = 0..T−1 as mantissa·2^exponent, each renormalised exactly; all but m^0 are 0 when m is 0. */
    private static void powers(double m, double[] mantissa, int[] exponent) {
        mantissa[0] = 1.0;
        if (m == 0) {
            return;
        }
        int baseExponent = Float64Limits.exponentOf(m);
        double base = Math.scalb(m, -baseExponent);
        for (int j = 1; j < mantissa.length; j++) {
            double p = mantissa[j - 1] * base;
            int shift = Math.getExponent(p);
            mantissa[j] = Math.scalb(p, -shift);
            exponent[j] = exponent[j - 1] + baseExponent + shift;
        }
    }

    /** What the tanh-mode pass yields: norms, dWh (clipped at 1; see {@link GradientClip#withMaxNorm}), mean tanh′ and the pre-activations. */
    record TanhResult(
            NormSeries norms, GradientClip gradient, double[] meanTanhPrime, PreActivationHistogram preActivations) {}

    /** The full RNN: forward with tanh, then the backward pass through tanh′ = 1 − h². */
    static TanhResult tanhRun(
            double[] wh,
            int hidden,
            int steps,
            int batch,
            double inputScale,
            LegacyRandomState random,
            long storeAllLimit,
            StepCounter counter) {
        int size = batch * hidden;
        int segment = segmentLength(steps, size, storeAllLimit);
        int segments = (steps + segment - 1) / segment;
        double[] whTransposed = Kernels.transpose(wh, hidden);
        double[][] startStates = new double[segments][];
        LegacyRandomState.Snapshot[] startPositions = new LegacyRandomState.Snapshot[segments];
        double[] states = new double[(segment + 1) * size];
        double[] a = new double[size];
        double[] tanhPrimeByTime = new double[steps + 1];
        PreActivationHistogram.Builder histogram = new PreActivationHistogram.Builder();

        for (int s = 0; s < segments; s++) {
            int length = Math.min(segment, steps - s * segment);
            if (s > 0) {
                System.arraycopy(states, segment * size, states, 0, size);
            }
            startStates[s] = Arrays.copyOf(states, size);
            startPositions[s] = random.snapshot();
            try (InputDraws inputs = inputs(random, length, batch, hidden, inputScale)) {
                for (int i = 1; i <= length; i++) {
                    tanhPrimeByTime[s * segment + i] = forwardStep(wh, hidden, batch, inputs, states, i, a);
                    histogram.add(a, 0, size);
                    counter.advance(1);
                }
            }
        }

        double[] frobenius = new double[steps];
        int[] frobeniusExponent = new int[steps];
        double[] largest = new double[steps];
        int[] largestExponent = new int[steps];
        ScaledMatrix gradient = new ScaledMatrix(hidden);
        double[] dh = new double[size];
        Arrays.fill(dh, 1.0);
        double[] dt = new double[size];
        int exponent = 0;
        try {
            for (int s = segments - 1; s >= 0; s--) {
                int length = Math.min(segment, steps - s * segment);
                if (s < segments - 1) {
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
                    int k = steps - (s * segment + i) + 1;
                    int hNow = i * size;
                    for (int e = 0; e < size; e++) {
                        double h = states[hNow + e];
                        dt[e] = dh[e] * (1 - h * h);
                    }
                    gradient.addTransposeProduct(states, hNow - size, dt, batch, exponent);
                    Arrays.fill(dh, 0.0);
                    Kernels.multiplyAdd(dt, 0, whTransposed, dh, 0, batch, hidden, hidden);
                    exponent += renormalize(dh, 0, size);
                    frobenius[k - 1] = frobenius(dh, 0, size);
                    frobeniusExponent[k - 1] = exponent;
                    largest[k - 1] = largestAbs(dh, 0, size);
                    largestExponent[k - 1] = exponent;
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
        NormSeries norms = new NormSeries(batch, frobenius, frobeniusExponent, largest, largestExponent);
        return new TanhResult(norms, gradient.clip(1.0), meanTanhPrime, histogram.build());
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

    /**
     * Scales v[from, from + count) by a power of two so that its largest |element| is in [1, 2); exact.
     * Returns the exponent e of that power (v before = v after · 2^e); 0 when all elements are 0.
     */
    static int renormalize(double[] v, int from, int count) {
        double largest = largestAbs(v, from, count);
        if (largest == 0 || !Double.isFinite(largest)) {
            return 0;
        }
        int shift = Float64Limits.exponentOf(largest);
        if (shift != 0) {
            double factor = Math.scalb(1.0, -shift);
            for (int i = from, end = from + count; i < end; i++) {
                v[i] *= factor;
            }
        }
        return shift;
    }

    static double largestAbs(double[] v, int from, int count) {
        double largest = 0;
        for (int i = from, end = from + count; i < end; i++) {
            largest = Math.max(largest, Math.abs(v[i]));
        }
        return largest;
    }

    static double frobenius(double[] v, int from, int count) {
        double sum = 0;
        for (int i = from, end = from + count; i < end; i++) {
            sum += v[i] * v[i];
        }
        return Math.sqrt(sum);
    }
}
