package org.rnngradientlab.core;

/**
 * The dense loops of the simulator on row-major {@code double[]} matrices that may start at an offset
 * inside a larger array. Inner loops run along contiguous rows ({@code c[j] += s * b[j]}), the form the
 * JIT compiles to SIMD instructions, and take four rows of the right operand at a time so that each
 * element of the result is loaded once per four products. Summation order differs from BLAS, so results
 * agree with numpy to rounding, not bit for bit.
 */
final class Kernels {

    private Kernels() {}

    /** c[cFrom : n×m] += a[aFrom : n×k] · b[k×m]. */
    static void multiplyAdd(double[] a, int aFrom, double[] b, double[] c, int cFrom, int n, int k, int m) {
        int i = 0;
        for (; i + 4 <= k; i += 4) {
            int b0 = i * m;
            int b1 = b0 + m;
            int b2 = b1 + m;
            int b3 = b2 + m;
            for (int row = 0; row < n; row++) {
                int ai = aFrom + row * k + i;
                double s0 = a[ai];
                double s1 = a[ai + 1];
                double s2 = a[ai + 2];
                double s3 = a[ai + 3];
                int ci = cFrom + row * m;
                for (int j = 0; j < m; j++) {
                    c[ci + j] += s0 * b[b0 + j] + s1 * b[b1 + j] + s2 * b[b2 + j] + s3 * b[b3 + j];
                }
            }
        }
        for (; i < k; i++) {
            int bi = i * m;
            for (int row = 0; row < n; row++) {
                double s = a[aFrom + row * k + i];
                int ci = cFrom + row * m;
                for (int j = 0; j < m; j++) {
                    c[ci + j] += s * b[bi + j];
                }
            }
        }
    }

    /** c[k×m] += a[aFrom : n×k]ᵀ · d[dFrom : n×m] (as {@code dWh += h.T @ dt}). */
    static void transposeMultiplyAdd(double[] a, int aFrom, double[] d, int dFrom, double[] c, int n, int k, int m) {
        int row = 0;
        for (; row + 4 <= n; row += 4) {
            int d0 = dFrom + row * m;
            int d1 = d0 + m;
            int d2 = d1 + m;
            int d3 = d2 + m;
            int a0 = aFrom + row * k;
            for (int i = 0; i < k; i++) {
                double s0 = a[a0 + i];
                double s1 = a[a0 + k + i];
                double s2 = a[a0 + 2 * k + i];
                double s3 = a[a0 + 3 * k + i];
                int ci = i * m;
                for (int j = 0; j < m; j++) {
                    c[ci + j] += s0 * d[d0 + j] + s1 * d[d1 + j] + s2 * d[d2 + j] + s3 * d[d3 + j];
                }
            }
        }
        for (; row < n; row++) {
            int di = dFrom + row * m;
            int ai = aFrom + row * k;
            for (int i = 0; i < k; i++) {
                double s = a[ai + i];
                int ci = i * m;
                for (int j = 0; j < m; j++) {
                    c[ci + j] += s * d[di + j];
                }
            }
        }
    }

    /** The transpose of a square h×h matrix. */
    static double[] transpose(double[] w, int h) {
        double[] t = new double[w.length];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                t[j * h + i] = w[i * h + j];
            }
        }
        return t;
    }
}
