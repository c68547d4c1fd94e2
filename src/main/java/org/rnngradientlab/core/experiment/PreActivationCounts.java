package org.rnngradientlab.core.experiment;

/**
 * Counts pre-activations a = h·Wh + x as they occur, in {@link #BINS} equal bins over [{@link #LOW},
 * {@link #HIGH}] (where tanh′ = 1 − tanh² is visibly above 0), with the counts beyond either end kept apart
 * and the smallest and largest value seen. Memory is fixed however long the run. Not thread-safe; the
 * simulator turns it into an immutable PreActivationHistogram.
 */
public final class PreActivationCounts {

    /** The lower end of the binned range. */
    public static final double LOW = -4.0;
    /** The upper end of the binned range. */
    public static final double HIGH = 4.0;
    /** The number of equal bins between {@link #LOW} and {@link #HIGH}. */
    public static final int BINS = 64;

    private final long[] counts = new long[BINS];
    private long below;
    private long above;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    PreActivationCounts() {}

    /** Counts {@code a[from, from + count)}: bin i covers [LOW + i·w, LOW + (i+1)·w), w = (HIGH − LOW)/BINS. */
    void add(double[] a, int from, int count) {
        double scale = BINS / (HIGH - LOW);
        for (int i = from, end = from + count; i < end; i++) {
            double value = a[i];
            min = Math.min(min, value);
            max = Math.max(max, value);
            if (value < LOW) {
                below++;
            } else if (value >= HIGH) {
                above++;
            } else {
                counts[(int) ((value - LOW) * scale)]++;
            }
        }
    }

    /** The bin counts; a copy. */
    public long[] counts() {
        return counts.clone();
    }

    /** The count below {@link #LOW}. */
    public long below() {
        return below;
    }

    /** The count at or above {@link #HIGH}. */
    public long above() {
        return above;
    }

    /** The smallest value seen; +∞ when none. */
    public double min() {
        return min;
    }

    /** The largest value seen; −∞ when none. */
    public double max() {
        return max;
    }
}
