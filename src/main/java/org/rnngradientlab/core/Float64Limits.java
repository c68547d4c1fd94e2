package org.rnngradientlab.core;

/**
 * Where plain float64 arithmetic breaks. The simulator keeps every vector as a mantissa array times a power
 * of two, m·2^e, so that it stays exact far past float64's range; these rules tell what a plain numpy loop
 * would hold instead. Rescaling by powers of two is exact, so inside the range both agree to the last bit
 * but for summation order.
 */
final class Float64Limits {

    static final double LOG10_2 = Math.log10(2);

    private Float64Limits() {}

    /** log10(m·2^e) for m ≥ 0; −∞ when m is 0. */
    static double log10(double mantissa, int exponent) {
        return Math.log10(mantissa) + exponent * LOG10_2;
    }

    /** m·2^e rounded to float64: ±∞ past the range, subnormal or 0 below it. */
    static double value(double mantissa, int exponent) {
        return Math.scalb(mantissa, exponent);
    }

    /** Whether an element of magnitude m·2^e is ∞ in float64. */
    static boolean overflows(double mantissa, int exponent) {
        return Double.isInfinite(Math.scalb(mantissa, exponent));
    }

    /** Whether a non-zero magnitude m·2^e rounds to 0 in float64 (below 2^−1075). */
    static boolean underflows(double mantissa, int exponent) {
        return mantissa != 0 && Math.scalb(mantissa, exponent) == 0;
    }

    /**
     * What {@code np.sqrt(np.sum(x**2))} yields in float64 for an array whose exact Frobenius norm is
     * fm·2^fe and whose largest |element| is mm·2^me: ∞ once the sum of squares passes 2^1024 (norms above
     * about 1.34e154), 0 once every square is below 2^−1075, and the exact norm rounded in between.
     */
    static double numpyFrobeniusNorm(double fm, int fe, double mm, int me) {
        double norm = Math.scalb(fm, fe);
        if (Double.isInfinite(norm * norm)) {
            return Double.POSITIVE_INFINITY;
        }
        double largest = Math.scalb(mm, me);
        if (largest * largest == 0) {
            return 0.0;
        }
        return norm;
    }
}
