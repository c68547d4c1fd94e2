package org.rnngradientlab.core;

/**
 * What the LSTM's memory cell did on the way back: the gradient along the cell, ‖dc_k‖/N, and the mean
 * forget gate f of the cell each step passes back through (the cell path shrinks by about f per step, the
 * LSTM's counterpart of ρ). Immutable.
 *
 * @param norms ‖dc_k‖/N per step, plain and in log space
 * @param meanForgetGate mean f per step k = 1..T, index k−1
 */
public record CellPath(NormSeries norms, double[] meanForgetGate) {

    public CellPath {
        meanForgetGate = meanForgetGate.clone();
    }

    /** A copy of the mean forget gate per step. */
    @Override
    public double[] meanForgetGate() {
        return meanForgetGate.clone();
    }
}
