package org.rnngradientlab.core;

/**
 * What the LSTM's memory cell did on the way back: the gradient along the cell, ‖dc_k‖/N, and the mean
 * forget gate f of the cell each step passes back through (the cell path shrinks by about f per step, the
 * LSTM's counterpart of ρ), and how often each forget gate value occurred. Immutable.
 *
 * @param norms ‖dc_k‖/N per step, plain and in log space
 * @param meanForgetGate mean f per step k = 1..T, index k−1
 * @param forgetGateCounts all T·N·H forget gates of the forward pass, counted in equal bins on [0, 1] (bin i
 *     covers [i/B, (i+1)/B), the last one also f = 1; B = the array's length)
 */
public record CellPath(NormSeries norms, double[] meanForgetGate, long[] forgetGateCounts) {

    public CellPath {
        meanForgetGate = meanForgetGate.clone();
        forgetGateCounts = forgetGateCounts.clone();
    }

    /** A copy of the mean forget gate per step. */
    @Override
    public double[] meanForgetGate() {
        return meanForgetGate.clone();
    }

    /** A copy of the forget-gate counts, bin by bin on [0, 1]. */
    @Override
    public long[] forgetGateCounts() {
        return forgetGateCounts.clone();
    }
}
