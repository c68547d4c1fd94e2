package org.rnngradientlab.app.viewmodel;

import org.rnngradientlab.core.SimulationParams;

/**
 * A curve kept on the chart as a faded ghost, so that two settings sit side by side.
 *
 * @param params what it was computed with
 * @param log10Norms its log10 norms for k = 1..T (index k−1); not shared
 * @param slot which of the pin colours it takes
 */
public record PinnedRun(SimulationParams params, double[] log10Norms, int slot) {

    /** How many distinct pin colours the stylesheet defines. */
    public static final int SLOTS = 6;

    public PinnedRun {
        log10Norms = log10Norms.clone();
    }

    @Override
    public double[] log10Norms() {
        return log10Norms.clone();
    }

    /** The log10 norm after k steps without copying all of them. */
    public double log10Norm(int k) {
        return log10Norms[k - 1];
    }

    /** T. */
    public int steps() {
        return log10Norms.length;
    }
}
