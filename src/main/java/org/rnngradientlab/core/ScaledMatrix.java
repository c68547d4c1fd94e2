package org.rnngradientlab.core;

/**
 * An H×H sum of products kept as a mantissa matrix M times 2^E, so that dWh stays exact when its terms pass
 * float64's range. Each term arrives with its own power of two; E follows the largest term seen, and terms
 * more than 2^1000 below it are dropped (they are below float64's relative precision). Not thread-safe.
 */
final class ScaledMatrix {

    /** How far a term may exceed 2^E before M is rescaled: keeps M's entries far from overflow. */
    private static final int HEADROOM = 64;
    private static final int NEGLIGIBLE = -1000;

    private final int size;
    private final double[] mantissa;
    private double[] scratch = new double[0];
    private int exponent;
    private boolean empty = true;

    ScaledMatrix(int size) {
        this.size = size;
        this.mantissa = new double[size * size];
    }

    /** M·2^E += (u ⊗ v)·f·2^e, with v = rows[vFrom : vFrom + H] and |u|, |v|, |f| below 2. */
    void addOuter(double[] u, double[] rows, int vFrom, double f, int e) {
        double factor = align(e);
        if (factor == 0) {
            return;
        }
        double[] scaled = scratch(size);
        for (int i = 0; i < size; i++) {
            scaled[i] = u[i] * f * factor;
        }
        Kernels.transposeMultiplyAdd(scaled, 0, rows, vFrom, mantissa, 1, size, size);
    }

    /** M·2^E += a[aFrom : n×H]ᵀ · d[n×H] · 2^e, with |a| ≤ 1 and |d| below 2. */
    void addTransposeProduct(double[] a, int aFrom, double[] d, int n, int e) {
        double factor = align(e);
        if (factor == 0) {
            return;
        }
        double[] scaled = scratch(n * size);
        for (int i = 0; i < n * size; i++) {
            scaled[i] = d[i] * factor;
        }
        Kernels.transposeMultiplyAdd(a, aFrom, scaled, 0, mantissa, n, size, size);
    }

    /** The factor 2^(e − E) a term of exponent e is added with, after moving E up if the term needs it. */
    private double align(int e) {
        if (empty) {
            exponent = e;
            empty = false;
        } else if (e > exponent + HEADROOM) {
            double down = Math.scalb(1.0, Math.max(exponent - e, -1100));
            for (int i = 0; i < mantissa.length; i++) {
                mantissa[i] *= down;
            }
            exponent = e;
        }
        int relative = e - exponent;
        return relative < NEGLIGIBLE ? 0.0 : Math.scalb(1.0, relative);
    }

    private double[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new double[length];
        }
        return scratch;
    }

    /** The sum clipped at {@code maxNorm} the book's way. */
    GradientClip clip(double maxNorm) {
        if (empty) {
            return new GradientClip(0, 0, 0, 0, maxNorm);
        }
        double largest = BackpropEngine.largestAbs(mantissa, 0, mantissa.length);
        double norm = BackpropEngine.frobenius(mantissa, 0, mantissa.length);
        return new GradientClip(norm, exponent, largest, exponent, maxNorm);
    }
}
