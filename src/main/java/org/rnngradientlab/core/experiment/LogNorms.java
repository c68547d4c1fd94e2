package org.rnngradientlab.core.experiment;

import org.rnngradientlab.core.linalg.Vectors;

/**
 * For k = 1..T, the Frobenius norm and the largest |element| of dh after k steps back, each as
 * mantissa·2^exponent: ‖dh_k‖_F = frobeniusMantissa[k−1]·2^frobeniusExponent[k−1], max|dh_k| =
 * largestMantissa[k−1]·2^largestExponent[k−1]. What an experiment hands to the simulator's NormSeries, which
 * derives numpy's float64 norms and where they break. Filled by one experiment, then only read.
 */
public final class LogNorms {

    private final double[] frobeniusMantissa;
    private final int[] frobeniusExponent;
    private final double[] largestMantissa;
    private final int[] largestExponent;

    /** Zeros for T = {@code steps} steps, to be {@link #record}ed. */
    LogNorms(int steps) {
        this(new double[steps], new int[steps], new double[steps], new int[steps]);
    }

    private LogNorms(
            double[] frobeniusMantissa, int[] frobeniusExponent, double[] largestMantissa, int[] largestExponent) {
        this.frobeniusMantissa = frobeniusMantissa;
        this.frobeniusExponent = frobeniusExponent;
        this.largestMantissa = largestMantissa;
        this.largestExponent = largestExponent;
    }

    /** Records dh_k = v[from, from + count)·2^exponent, for 1 ≤ k ≤ T. */
    void record(int k, double[] v, int from, int count, int exponent) {
        frobeniusMantissa[k - 1] = Vectors.frobenius(v, from, count);
        frobeniusExponent[k - 1] = exponent;
        largestMantissa[k - 1] = Vectors.largestAbs(v, from, count);
        largestExponent[k - 1] = exponent;
    }

    /** These norms with every Frobenius norm multiplied by {@code factor} (N copies of a row: √N); new arrays. */
    LogNorms timesFrobenius(double factor) {
        double[] frobenius = new double[frobeniusMantissa.length];
        for (int i = 0; i < frobenius.length; i++) {
            frobenius[i] = frobeniusMantissa[i] * factor;
        }
        return new LogNorms(frobenius, frobeniusExponent.clone(), largestMantissa.clone(), largestExponent.clone());
    }

    /** T. */
    public int steps() {
        return frobeniusMantissa.length;
    }

    /** The mantissas of ‖dh_k‖_F, index k−1; the array itself, not to be modified. */
    public double[] frobeniusMantissa() {
        return frobeniusMantissa;
    }

    /** The exponents of ‖dh_k‖_F, index k−1; the array itself, not to be modified. */
    public int[] frobeniusExponent() {
        return frobeniusExponent;
    }

    /** The mantissas of max|dh_k|, index k−1; the array itself, not to be modified. */
    public double[] largestMantissa() {
        return largestMantissa;
    }

    /** The exponents of max|dh_k|, index k−1; the array itself, not to be modified. */
    public int[] largestExponent() {
        return largestExponent;
    }
}
