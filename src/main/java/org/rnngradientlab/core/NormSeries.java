package org.rnngradientlab.core;

import java.util.Arrays;
import java.util.OptionalInt;
import org.rnngradientlab.core.experiment.LogNorms;
import org.rnngradientlab.core.experiment.LogSpace;

/**
 * The gradient norm at each of T steps back, kept exactly far past float64's range.
 *
 * <p>For k = 1..T (steps propagated back from the last time step), with dh the (N × H) gradient after k
 * multiplications by Whᵀ:
 *
 * <ul>
 *   <li>{@link #norms()}: the book's {@code np.sqrt(np.sum(dh**2)) / N} as a plain float64 loop yields it,
 *       which is ∞ (or NaN) once the squares overflow and 0 once they all underflow;
 *   <li>{@link #log10Norms()}: log10 of the same norm, exact (renormalised every step), finite far past
 *       10^±308;
 *   <li>{@link #overflowStep()}: the first k at which plain float64 dh holds ∞ or NaN;
 *   <li>{@link #underflowStep()}: the first k at which plain float64 dh is all zero though the true gradient
 *       is not.
 * </ul>
 *
 * <p>Internally each step keeps ‖dh‖_F and max|dh| as mantissa·2^exponent. Immutable.
 */
public final class NormSeries {

    private final int batch;
    private final double[] frobeniusMantissa;
    private final int[] frobeniusExponent;
    private final double[] largestMantissa;
    private final int[] largestExponent;

    private final double[] norms;
    private final double[] log10Norms;
    private final int overflowStep;
    private final int underflowStep;

    /**
     * @param batch N, the rows of dh
     * @param frobeniusMantissa ‖dh_k‖_F = frobeniusMantissa[k−1]·2^frobeniusExponent[k−1], for k = 1..T
     * @param largestMantissa max|dh_k| = largestMantissa[k−1]·2^largestExponent[k−1]
     */
    NormSeries(
            int batch,
            double[] frobeniusMantissa,
            int[] frobeniusExponent,
            double[] largestMantissa,
            int[] largestExponent) {
        this.batch = batch;
        this.frobeniusMantissa = frobeniusMantissa;
        this.frobeniusExponent = frobeniusExponent;
        this.largestMantissa = largestMantissa;
        this.largestExponent = largestExponent;

        int steps = frobeniusMantissa.length;
        int overflow = 0;
        int underflow = 0;
        norms = new double[steps];
        log10Norms = new double[steps];
        double log10Batch = Math.log10(batch);
        for (int i = 0; i < steps; i++) {
            int k = i + 1;
            if (overflow == 0 && Float64Limits.overflows(largestMantissa[i], largestExponent[i])) {
                overflow = k;
            }
            if (underflow == 0 && Float64Limits.underflows(largestMantissa[i], largestExponent[i])) {
                underflow = k;
            }
            log10Norms[i] = Float64Limits.log10(frobeniusMantissa[i], frobeniusExponent[i]) - log10Batch;
            if (overflow != 0) {
                norms[i] = Double.POSITIVE_INFINITY;
            } else if (underflow != 0) {
                norms[i] = 0.0;
            } else {
                norms[i] = Float64Limits.numpyFrobeniusNorm(
                                frobeniusMantissa[i], frobeniusExponent[i], largestMantissa[i], largestExponent[i])
                        / batch;
            }
        }
        overflowStep = overflow;
        underflowStep = underflow;
    }

    /** The series of an experiment's norms, for batch N; takes over the arrays of {@code norms}. */
    static NormSeries of(int batch, LogNorms norms) {
        return new NormSeries(
                batch,
                norms.frobeniusMantissa(),
                norms.frobeniusExponent(),
                norms.largestMantissa(),
                norms.largestExponent());
    }

    /** T, the number of steps. */
    public int steps() {
        return norms.length;
    }

    /** N, the batch size the norms are divided by. */
    public int batch() {
        return batch;
    }

    /** The plain float64 norms for k = 1..T (index k−1); ∞ or 0 where float64 breaks. A copy. */
    public double[] norms() {
        return norms.clone();
    }

    /** The exact log10 norms for k = 1..T (index k−1); −∞ only where the true gradient is 0. A copy. */
    public double[] log10Norms() {
        return log10Norms.clone();
    }

    /** The plain float64 norm after k steps, 1 ≤ k ≤ T. */
    public double norm(int k) {
        return norms[k - 1];
    }

    /** The exact log10 norm after k steps, 1 ≤ k ≤ T. */
    public double log10Norm(int k) {
        return log10Norms[k - 1];
    }

    /** The first k at which plain float64 dh holds ∞ or NaN, if any. */
    public OptionalInt overflowStep() {
        return overflowStep == 0 ? OptionalInt.empty() : OptionalInt.of(overflowStep);
    }

    /** The first k at which plain float64 dh is all zero though the true gradient is not, if any. */
    public OptionalInt underflowStep() {
        return underflowStep == 0 ? OptionalInt.empty() : OptionalInt.of(underflowStep);
    }

    /**
     * The series of the same computation with Wh multiplied by {@code multiplier} ≥ 0, for the book's
     * MatMul-only backward pass, where dh after k steps is exactly multiplier^k times this one. O(T): no
     * matrix work.
     */
    NormSeries times(double multiplier) {
        int steps = steps();
        double[] fm = new double[steps];
        int[] fe = new int[steps];
        double[] mm = new double[steps];
        int[] me = new int[steps];
        if (multiplier > 0) {
            LogSpace.Power power = new LogSpace.Power(multiplier);
            for (int i = 0; i < steps; i++) {
                power.next();
                fm[i] = frobeniusMantissa[i] * power.mantissa();
                fe[i] = frobeniusExponent[i] + power.exponent();
                mm[i] = largestMantissa[i] * power.mantissa();
                me[i] = largestExponent[i] + power.exponent();
            }
        }
        return new NormSeries(batch, fm, fe, mm, me);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormSeries s
                && batch == s.batch
                && Arrays.equals(frobeniusMantissa, s.frobeniusMantissa)
                && Arrays.equals(frobeniusExponent, s.frobeniusExponent)
                && Arrays.equals(largestMantissa, s.largestMantissa)
                && Arrays.equals(largestExponent, s.largestExponent);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(frobeniusMantissa) + batch;
    }
}
