package org.rnngradientlab.core.experiment;

/**
 * Counts the LSTM's forget gates f = σ(a_f) as they occur in the forward pass, in {@link #BINS} equal bins
 * over [0, 1]; bin i covers [i/BINS, (i+1)/BINS), and the last bin also holds f = 1 (σ rounds to 1 in
 * float64 from a ≈ 37 on), as numpy's {@code np.histogram(f, bins=BINS, range=(0, 1))} counts them. Memory is
 * fixed however long the run. Not thread-safe.
 */
public final class ForgetGateCounts {

    /** The number of equal bins on [0, 1]. */
    public static final int BINS = 20;

    private final long[] counts = new long[BINS];

    ForgetGateCounts() {}

    /** Counts the forget gates {@code f[from, from + count)}, each in [0, 1]. */
    void add(double[] f, int from, int count) {
        for (int i = from, end = from + count; i < end; i++) {
            counts[Math.min((int) (f[i] * BINS), BINS - 1)]++;
        }
    }

    /** The bin counts; a copy. */
    public long[] counts() {
        return counts.clone();
    }
}
