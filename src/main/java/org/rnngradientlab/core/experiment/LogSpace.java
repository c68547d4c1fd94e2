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
        int up = -shift;
        if (up > Double.MAX_EXPONENT) {
            // 2^−shift itself would overflow (largest below 2^−1023): two exact steps
            scale(v, from, count, 0x1p1000);
            up -= 1000;
        }
        if (up != 0) {
            scale(v, from, count, Math.scalb(1.0, up));
        }
        return shift;
    }

    private static void scale(double[] v, int from, int count, double powerOfTwo) {
        for (int i = from, end = from + count; i < end; i++) {
            v[i] *= powerOfTwo;
        }
    }

    /**
     * m^j for j = 0..count−1 as mantissa[j]·2^exponent[j], each renormalised exactly; see {@link Power}.
     * All but m^0 = 1 are 0 when m is 0.
     */
    public static Powers powers(double m, int count) {
        double[] mantissa = new double[count];
        int[] exponent = new int[count];
        Power power = new Power(m);
        for (int j = 0; j < count; j++) {
            mantissa[j] = power.mantissa();
            exponent[j] = power.exponent();
            power.next();
        }
        return new Powers(mantissa, exponent);
    }

    /** m^j = mantissa[j]·2^exponent[j], j = 0..count−1; see {@link LogSpace#powers}. */
    public record Powers(double[] mantissa, int[] exponent) {}

    /**
     * The powers m^0, m^1, m^2, … one at a time, for walking along T steps without arrays. With m = b·2^{e_m}
     * and b in [1, 2), m^{j+1} = (μ_j·b)·2^{ε_j + e_m}, and μ_j·b (in [1, 4)) is brought back to [1, 2) by an
     * exact power of two, so m^10000 stays exact whatever m is. All but m^0 = 1 are 0 when m is 0.
     */
    public static final class Power {
        private final double base;
        private final int baseExponent;
        private double mantissa = 1.0;
        private int exponent;

        /** Starts at m^0 = 1. */
        public Power(double m) {
            baseExponent = m == 0 ? 0 : exponentOf(m);
            base = Math.scalb(m, -baseExponent);
        }

        /** The mantissa of the current power, in [1, 2) (0 for m^j with m = 0 < j). */
        public double mantissa() {
            return mantissa;
        }

        /** The exponent of the current power. */
        public int exponent() {
            return exponent;
        }

        /** Moves from m^j to m^{j+1}. */
        public void next() {
            if (base == 0) {
                mantissa = 0;
                return;
            }
            double p = mantissa * base;
            int shift = Math.getExponent(p);
            mantissa = Math.scalb(p, -shift);
            exponent += baseExponent + shift;
        }
    }
}
