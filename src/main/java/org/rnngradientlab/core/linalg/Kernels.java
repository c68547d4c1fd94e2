package org.rnngradientlab.core.linalg;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * The dense loops of the simulator on row-major {@code double[]} matrices that may start at an offset
 * inside a larger array. Inner loops run along contiguous rows ({@code c[j] += s * b[j]}), the form the
 * JIT compiles to SIMD instructions; each pass takes up to four rows of the result and four rows of the
 * other operand, so that every element loaded serves several products. Where the processor has fused
 * multiply-add, the loops use it (one rounding per product instead of two, as OpenBLAS does); elsewhere
 * {@link Math#fma} would be emulated in software, so they multiply and add.
 *
 * <p>Summation order differs from BLAS, so results agree with numpy to rounding, not bit for bit. Large
 * products are split over the cores by columns of the result; every element is computed in the
 * same order either way, so results do not depend on the split.
 */
public final class Kernels {

    /** Below this many multiply-adds a product runs in the calling thread; above, on all cores. */
    public static final long PARALLEL_THRESHOLD = 60_000;

    /** Whether {@link Math#fma} compiles to one instruction here. */
    static final boolean FMA = hardwareFma();

    private static final KernelThreads THREADS = KernelThreads.shared();

    private Kernels() {}

    /** c[cFrom : n×m] += a[aFrom : n×k] · b[k×m]. */
    public static void multiplyAdd(double[] a, int aFrom, double[] b, double[] c, int cFrom, int n, int k, int m) {
        product(a, aFrom, k, 1, b, 0, c, cFrom, n, k, m);
    }

    /** c[k×m] += a[aFrom : n×k]ᵀ · d[dFrom : n×m], as {@code dWh += h.T @ dt}. */
    public static void transposeMultiplyAdd(
            double[] a, int aFrom, double[] d, int dFrom, double[] c, int n, int k, int m) {
        product(a, aFrom, 1, k, d, dFrom, c, 0, k, n, m);
    }

    /**
     * C[rows×cols] += A[rows×inner] · B[inner×cols], where element (r, i) of A is
     * {@code a[aFrom + r·rowStride + i·innerStride]}, so that A may be a matrix or the transpose of one.
     */
    private static void product(
            double[] a,
            int aFrom,
            int rowStride,
            int innerStride,
            double[] b,
            int bFrom,
            double[] c,
            int cFrom,
            int rows,
            int inner,
            int cols) {
        if ((long) rows * inner * cols < PARALLEL_THRESHOLD) {
            product(a, aFrom, rowStride, innerStride, b, bFrom, c, cFrom, rows, inner, cols, 0, cols);
        } else {
            THREADS.split(
                    cols,
                    (from, to) ->
                            product(a, aFrom, rowStride, innerStride, b, bFrom, c, cFrom, rows, inner, cols, from, to));
        }
    }

    /** The product on columns [j0, j1) of C: rows of C four (then two, then one) at a time, B four rows at a time. */
    private static void product(
            double[] a,
            int aFrom,
            int rowStride,
            int innerStride,
            double[] b,
            int bFrom,
            double[] c,
            int cFrom,
            int rows,
            int inner,
            int cols,
            int j0,
            int j1) {
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            fourRows(
                    a,
                    aFrom + r * rowStride,
                    rowStride,
                    innerStride,
                    b,
                    bFrom,
                    c,
                    cFrom + r * cols,
                    inner,
                    cols,
                    j0,
                    j1);
        }
        for (; r + 2 <= rows; r += 2) {
            twoRows(
                    a,
                    aFrom + r * rowStride,
                    rowStride,
                    innerStride,
                    b,
                    bFrom,
                    c,
                    cFrom + r * cols,
                    inner,
                    cols,
                    j0,
                    j1);
        }
        for (; r < rows; r++) {
            oneRow(a, aFrom + r * rowStride, innerStride, b, bFrom, c, cFrom + r * cols, inner, cols, j0, j1);
        }
    }

    private static void fourRows(
            double[] a,
            int a0,
            int rowStride,
            int innerStride,
            double[] b,
            int bFrom,
            double[] c,
            int c0,
            int inner,
            int cols,
            int j0,
            int j1) {
        int c1 = c0 + cols;
        int c2 = c1 + cols;
        int c3 = c2 + cols;
        int i = 0;
        for (; i + 4 <= inner; i += 4) {
            int x = a0 + i * innerStride;
            double p00 = a[x];
            double p01 = a[x + innerStride];
            double p02 = a[x + 2 * innerStride];
            double p03 = a[x + 3 * innerStride];
            x += rowStride;
            double p10 = a[x];
            double p11 = a[x + innerStride];
            double p12 = a[x + 2 * innerStride];
            double p13 = a[x + 3 * innerStride];
            x += rowStride;
            double p20 = a[x];
            double p21 = a[x + innerStride];
            double p22 = a[x + 2 * innerStride];
            double p23 = a[x + 3 * innerStride];
            x += rowStride;
            double p30 = a[x];
            double p31 = a[x + innerStride];
            double p32 = a[x + 2 * innerStride];
            double p33 = a[x + 3 * innerStride];
            int b0 = bFrom + i * cols;
            for (int j = j0; j < j1; j++) {
                double x0 = b[b0 + j];
                double x1 = b[b0 + cols + j];
                double x2 = b[b0 + 2 * cols + j];
                double x3 = b[b0 + 3 * cols + j];
                c[c0 + j] = madd(p03, x3, madd(p02, x2, madd(p01, x1, madd(p00, x0, c[c0 + j]))));
                c[c1 + j] = madd(p13, x3, madd(p12, x2, madd(p11, x1, madd(p10, x0, c[c1 + j]))));
                c[c2 + j] = madd(p23, x3, madd(p22, x2, madd(p21, x1, madd(p20, x0, c[c2 + j]))));
                c[c3 + j] = madd(p33, x3, madd(p32, x2, madd(p31, x1, madd(p30, x0, c[c3 + j]))));
            }
        }
        for (; i < inner; i++) {
            int x = a0 + i * innerStride;
            double p0 = a[x];
            double p1 = a[x + rowStride];
            double p2 = a[x + 2 * rowStride];
            double p3 = a[x + 3 * rowStride];
            int bi = bFrom + i * cols;
            for (int j = j0; j < j1; j++) {
                double y = b[bi + j];
                c[c0 + j] = madd(p0, y, c[c0 + j]);
                c[c1 + j] = madd(p1, y, c[c1 + j]);
                c[c2 + j] = madd(p2, y, c[c2 + j]);
                c[c3 + j] = madd(p3, y, c[c3 + j]);
            }
        }
    }

    private static void twoRows(
            double[] a,
            int a0,
            int rowStride,
            int innerStride,
            double[] b,
            int bFrom,
            double[] c,
            int c0,
            int inner,
            int cols,
            int j0,
            int j1) {
        int c1 = c0 + cols;
        int i = 0;
        for (; i + 4 <= inner; i += 4) {
            int x = a0 + i * innerStride;
            double s0 = a[x];
            double s1 = a[x + innerStride];
            double s2 = a[x + 2 * innerStride];
            double s3 = a[x + 3 * innerStride];
            x += rowStride;
            double t0 = a[x];
            double t1 = a[x + innerStride];
            double t2 = a[x + 2 * innerStride];
            double t3 = a[x + 3 * innerStride];
            int b0 = bFrom + i * cols;
            for (int j = j0; j < j1; j++) {
                double x0 = b[b0 + j];
                double x1 = b[b0 + cols + j];
                double x2 = b[b0 + 2 * cols + j];
                double x3 = b[b0 + 3 * cols + j];
                c[c0 + j] = madd(s3, x3, madd(s2, x2, madd(s1, x1, madd(s0, x0, c[c0 + j]))));
                c[c1 + j] = madd(t3, x3, madd(t2, x2, madd(t1, x1, madd(t0, x0, c[c1 + j]))));
            }
        }
        for (; i < inner; i++) {
            int x = a0 + i * innerStride;
            double s = a[x];
            double t = a[x + rowStride];
            int bi = bFrom + i * cols;
            for (int j = j0; j < j1; j++) {
                c[c0 + j] = madd(s, b[bi + j], c[c0 + j]);
                c[c1 + j] = madd(t, b[bi + j], c[c1 + j]);
            }
        }
    }

    private static void oneRow(
            double[] a,
            int a0,
            int innerStride,
            double[] b,
            int bFrom,
            double[] c,
            int c0,
            int inner,
            int cols,
            int j0,
            int j1) {
        int i = 0;
        for (; i + 4 <= inner; i += 4) {
            int x = a0 + i * innerStride;
            double s0 = a[x];
            double s1 = a[x + innerStride];
            double s2 = a[x + 2 * innerStride];
            double s3 = a[x + 3 * innerStride];
            int b0 = bFrom + i * cols;
            for (int j = j0; j < j1; j++) {
                c[c0 + j] = madd(
                        s3,
                        b[b0 + 3 * cols + j],
                        madd(s2, b[b0 + 2 * cols + j], madd(s1, b[b0 + cols + j], madd(s0, b[b0 + j], c[c0 + j]))));
            }
        }
        for (; i < inner; i++) {
            double s = a[a0 + i * innerStride];
            int bi = bFrom + i * cols;
            for (int j = j0; j < j1; j++) {
                c[c0 + j] = madd(s, b[bi + j], c[c0 + j]);
            }
        }
    }

    /** s·x + y, fused where the hardware can; the JIT folds the test away. */
    private static double madd(double s, double x, double y) {
        return FMA ? Math.fma(s, x, y) : s * x + y;
    }

    /** The transpose of a square h×h matrix. */
    public static double[] transpose(double[] w, int h) {
        double[] t = new double[w.length];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                t[j * h + i] = w[i * h + j];
            }
        }
        return t;
    }

    private static boolean hardwareFma() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Boolean.parseBoolean(vm.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
