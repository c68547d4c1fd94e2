package org.rnngradientlab.core;

import org.rnngradientlab.core.linalg.ScaledMatrix;

/**
 * The book's gradient clipping applied to dWh, the gradient of the recurrent weights:
 *
 * <pre>{@code
 * def clip_grads(grads, max_norm):
 *     total_norm = np.sqrt(sum(np.sum(grad ** 2) for grad in grads))
 *     rate = max_norm / (total_norm + 1e-6)
 *     if rate < 1:
 *         for grad in grads:
 *             grad *= rate
 * }</pre>
 *
 * <p>‖dWh‖ is kept exactly (as mantissa·2^exponent), so {@link #log10GradWhNorm()}, {@link #clipRate()} and
 * {@link #clippedNorm()} are right however large the gradient; {@link #gradWhNorm()} is the plain float64
 * {@code total_norm}, ∞ where numpy's sum of squares overflows. Immutable.
 */
public final class GradientClip {

    private final double normMantissa;
    private final int normExponent;
    private final double largestMantissa;
    private final int largestExponent;
    private final double maxNorm;

    /**
     * @param normMantissa ‖dWh‖_F = normMantissa·2^normExponent (≥ 0)
     * @param largestMantissa max|dWh| = largestMantissa·2^largestExponent
     * @param maxNorm the clipping threshold, &gt; 0
     */
    GradientClip(double normMantissa, int normExponent, double largestMantissa, int largestExponent, double maxNorm) {
        this.normMantissa = normMantissa;
        this.normExponent = normExponent;
        this.largestMantissa = largestMantissa;
        this.largestExponent = largestExponent;
        this.maxNorm = maxNorm;
    }

    /** The clipping of the dWh whose norms an experiment summed, at {@code maxNorm}. */
    static GradientClip of(ScaledMatrix.Norms gradient, double maxNorm) {
        return new GradientClip(
                gradient.frobeniusMantissa(),
                gradient.exponent(),
                gradient.largestMantissa(),
                gradient.exponent(),
                maxNorm);
    }

    /** The same gradient clipped at another threshold: no recomputation. */
    public GradientClip withMaxNorm(double newMaxNorm) {
        Parameter.MAX_NORM.check(newMaxNorm);
        return new GradientClip(normMantissa, normExponent, largestMantissa, largestExponent, newMaxNorm);
    }

    /** The clipping threshold. */
    public double maxNorm() {
        return maxNorm;
    }

    /** ‖dWh‖ as numpy's float64 {@code total_norm}: ∞ once the squares overflow (above about 1.34e154). */
    public double gradWhNorm() {
        return Float64Limits.numpyFrobeniusNorm(normMantissa, normExponent, largestMantissa, largestExponent);
    }

    /** The exact log10 ‖dWh‖; −∞ when dWh is 0. */
    public double log10GradWhNorm() {
        return Float64Limits.log10(normMantissa, normExponent);
    }

    /** {@code max_norm / (total_norm + 1e-6)} where that is below 1, else 1 (no clipping). */
    public double clipRate() {
        double rate = rawRate();
        return rate < 1 ? rate : 1.0;
    }

    /** log10 of {@link #clipRate()}, right also where the rate itself is below float64's range. */
    public double log10ClipRate() {
        if (!clips()) {
            return 0.0;
        }
        double total = Float64Limits.value(normMantissa, normExponent);
        return Double.isFinite(total) && total < 1e300
                ? Math.log10(maxNorm / (total + 1e-6))
                : Math.log10(maxNorm) - log10GradWhNorm();
    }

    /** Whether clipping scales the gradient down. */
    public boolean clips() {
        return rawRate() < 1;
    }

    /** ‖dWh‖ after clipping: rate·‖dWh‖ when clipping, else ‖dWh‖; never above max-norm when clipping. */
    public double clippedNorm() {
        if (!clips()) {
            return Float64Limits.value(normMantissa, normExponent);
        }
        // rate * total = max_norm * total / (total + 1e-6), which stays finite for any total
        double total = Float64Limits.value(normMantissa, normExponent);
        if (Double.isInfinite(total)) {
            return maxNorm;
        }
        return maxNorm * (total / (total + 1e-6));
    }

    private double rawRate() {
        double total = Float64Limits.value(normMantissa, normExponent);
        if (Double.isFinite(total)) {
            return maxNorm / (total + 1e-6);
        }
        return Math.pow(10, Math.log10(maxNorm) - log10GradWhNorm());
    }
}
