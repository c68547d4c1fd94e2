package org.rnngradientlab.core;

/**
 * How often each pre-activation a = h·Wh + x occurred, over all steps, batch rows and units, in equal
 * bins over [{@link #LOW}, {@link #HIGH}] (where tanh′ = 1 − tanh² is visibly above 0), with the counts
 * beyond either end kept apart. Memory is fixed however long the run. Immutable.
 */
public final class PreActivationHistogram {

    /** The lower end of the binned range. */
    public static final double LOW = -4.0;
    /** The upper end of the binned range. */
    public static final double HIGH = 4.0;
    /** The number of equal bins between {@link #LOW} and {@link #HIGH}. */
    public static final int BINS = 64;

    private final long[] counts;
    private final long below;
    private final long above;
    private final double min;
    private final double max;

    private PreActivationHistogram(Builder builder) {
        counts = builder.counts.clone();
        below = builder.below;
        above = builder.above;
        boolean none = total() == 0;
        min = none ? Double.NaN : builder.min;
        max = none ? Double.NaN : builder.max;
    }

    /** The count in bin i, covering [LOW + i·w, LOW + (i+1)·w) with w = (HIGH − LOW)/BINS. */
    public long count(int bin) {
        return counts[bin];
    }

    /** All bin counts; a copy. */
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

    /** All values counted. */
    public long total() {
        long sum = below + above;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** The smallest value seen (NaN when none). */
    public double min() {
        return min;
    }

    /** The largest value seen (NaN when none). */
    public double max() {
        return max;
    }

    /** Collects values; not thread-safe. */
    static final class Builder {
        private final long[] counts = new long[BINS];
        private long below;
        private long above;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        /** Counts {@code a[from, from + count)}. */
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

        PreActivationHistogram build() {
            return new PreActivationHistogram(this);
        }
    }
}
