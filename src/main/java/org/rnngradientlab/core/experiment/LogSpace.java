package org.rnngradientlab.core.experiment;

import org.rnngradientlab.core.linalg.Vectors;

/**
 * The bookkeeping that keeps a gradient exact far past float64's range: a vector is held as a mantissa array
 * times a power of two, v = m·2^e, and after every step m is rescaled by a power of two so that its largest
 * |element| is in [1, 2). Rescaling by a power of two is exact, so inside float64's range the mantissas times
 * 2^e equal the plain float64 values bit for bit; outside it they go on where numpy's loop would hold ∞ or 0.
 * Every experiment renormalises with {@link #renormalize}, records its norms in a {@link LogNorms} and
 * raises its multipliers with {@link #powers}.
 */
public final class LogSpace {

    private LogSpace() {}

    /** The exponent e with |x|·2^−e in [1, 2), for finite non-zero x (subnormals included). */
    public static int exponentOf(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            return Math.getExponent(x * 0x1p64) - 64;
        }
        return e;
    }

    /**
     * Scales v[from, from + count) by a power of two so that its largest |element| is in [1, 2); exact.
     * Returns the exponent e of that power (v before = v after · 2^e); 0 when all elements are 0 (or some are
     * not finite, which the caller's next step will show).
     */
    public static int renormalize(double[] v, int from, int count) {
        double largest = Vectors.largestAbs(v, from, count);
        if (largest == 0 || !Double.isFinite(largest)) {
            return 0;
        }
        int shift = exponentOf(largest);
        if (shift != 0) {
            double factor = Math.scalb(1.0, -shift);
            for (int i = from, end = from + count; i < end; i++) {
                v[i] *= factor;
            }
        }
        return shift;
    }

    /**
     * m^j for j = 0..count−1 as mantissa[j]·2^exponent[j], each renormalised exactly to a mantissa in [1, 2)
     * (for m ≠ 0), so that c^10000 stays exact whatever c is: m^j = (m^{j−1}·b)·2^{e_m} with m = b·2^{e_m}.
     * All but m^0 = 1 are 0 when m is 0.
     */
    public static Powers powers(double m, int count) {
        double[] mantissa = new double[count];
        int[] exponent = new int[count];
        mantissa[0] = 1.0;
        if (m == 0) {
            return new Powers(mantissa, exponent);
        }
        int baseExponent = exponentOf(m);
        double base = Math.scalb(m, -baseExponent);
        for (int j = 1; j < count; j++) {
            double p = mantissa[j - 1] * base;
            int shift = Math.getExponent(p);
            mantissa[j] = Math.scalb(p, -shift);
            exponent[j] = exponent[j - 1] + baseExponent + shift;
        }
        return new Powers(mantissa, exponent);
    }

    /** m^j = mantissa[j]·2^exponent[j], j = 0..count−1; see {@link LogSpace#powers}. */
    public record Powers(double[] mantissa, int[] exponent) {}
}
