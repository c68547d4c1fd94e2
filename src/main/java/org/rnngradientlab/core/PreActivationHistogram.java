package org.rnngradientlab.core;

import org.rnngradientlab.core.experiment.PreActivationCounts;

/**
 * How often each pre-activation a = h·Wh + x occurred, over all steps, batch rows and units, in equal
 * bins over [{@link #LOW}, {@link #HIGH}] (where tanh′ = 1 − tanh² is visibly above 0), with the counts
 * beyond either end kept apart. Memory is fixed however long the run. Immutable.
 */
public final class PreActivationHistogram {

    /** The lower end of the binned range. */
    public static final double LOW = PreActivationCounts.LOW;
    /** The upper end of the binned range. */
    public static final double HIGH = PreActivationCounts.HIGH;
    /** The number of equal bins between {@link #LOW} and {@link #HIGH}. */
    public static final int BINS = PreActivationCounts.BINS;

    private final long[] counts;
    private final long below;
    private final long above;
    private final double min;
    private final double max;

    /** The histogram of what {@code counted} has counted so far. */
    PreActivationHistogram(PreActivationCounts counted) {
        counts = counted.counts();
        below = counted.below();
        above = counted.above();
        boolean none = total() == 0;
        min = none ? Double.NaN : counted.min();
        max = none ? Double.NaN : counted.max();
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
}
