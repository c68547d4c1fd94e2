package org.rnngradientlab.core.linalg;

import java.io.IOException;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * OpenBLAS's LAPACK, the library numpy calls, from the native binaries that {@code org.bytedeco:openblas}
 * ships for each platform: eigenvalues by {@code dgeev} with {@code jobvl = jobvr = 'N'} (blocked
 * Householder reduction to Hessenberg form, then Francis double-shift QR with aggressive early deflation,
 * values only) and singular values by {@code dgesdd} with {@code jobz = 'N'}, exactly as
 * {@code np.linalg.eigvals} and {@code np.linalg.svd(A, compute_uv=False)} do.
 *
 * <p>The matrix goes in as row-major ({@code LAPACK_ROW_MAJOR}), so LAPACKE copies it to column-major
 * first, as numpy does: LAPACK sees the same array as under numpy.
 *
 * <p>OpenBLAS runs single-threaded here, where numpy lets it use every core: the app computes the
 * eigenvalues and the singular values at the same time, one core each, beside its own simulation threads,
 * and a threaded OpenBLAS on oversubscribed cores slows down many times over (its threads spin while they
 * wait for each other). Concurrent calls are safe (OpenBLAS 0.3.7 and later).
 */
final class NativeLapack implements SpectrumSolver {

    private final String description;

    private NativeLapack(String description) {
        this.description = description;
    }

    /**
     * Loads the native library and checks it on a 2 × 2 matrix with eigenvalues −1 and −2.
     *
     * @throws LinkageError where the library cannot load (no binaries for this platform, an unwritable
     *     cache, a missing system library) or computes a wrong answer
     */
    static NativeLapack load() {
        int threads;
        try {
            Loader.load(openblas.class);
            openblas.blas_set_num_threads(1);
            threads = openblas.blas_get_num_threads();
        } catch (RuntimeException e) {
            throw linkageError("OpenBLAS could not be loaded: " + e, e);
        }
        NativeLapack lapack = new NativeLapack(
                "OpenBLAS " + version() + " LAPACK (native, " + threads + (threads == 1 ? " thread)" : " threads)"));
        double[] re = new double[2];
        double[] im = new double[2];
        lapack.eigenvalues(2, new double[] {0, 1, -2, -3}, re, im);
        double low = Math.min(re[0], re[1]);
        double high = Math.max(re[0], re[1]);
        if (Math.abs(low + 2) > 1e-12 || Math.abs(high + 1) > 1e-12 || im[0] != 0 || im[1] != 0) {
            throw linkageError("OpenBLAS's dgeev gave wrong eigenvalues for [[0, 1], [-2, -3]]", null);
        }
        return lapack;
    }

    @Override
    public void eigenvalues(int n, double[] a, double[] re, double[] im) {
        checkSquare(n, a);
        int info = openblas.LAPACKE_dgeev(
                openblas.LAPACK_ROW_MAJOR, (byte) 'N', (byte) 'N', n, a.clone(), n, re, im, null, 1, null, 1);
        check(info, "dgeev", n);
    }

    @Override
    public double[] singularValues(int n, double[] a) {
        checkSquare(n, a);
        double[] values = new double[n];
        int info = openblas.LAPACKE_dgesdd(
                openblas.LAPACK_ROW_MAJOR, (byte) 'N', n, n, a.clone(), n, values, null, 1, null, 1);
        check(info, "dgesdd", n);
        return values;
    }

    @Override
    public String description() {
        return description;
    }

    private static void checkSquare(int n, double[] a) {
        if (n < 1 || a.length != n * n) {
            throw new IllegalArgumentException(
                    "expected an n×n matrix with n ≥ 1, got n " + n + " and " + a.length + " values");
        }
    }

    /** LAPACK's info: 0 is success, −i an illegal i-th argument, a positive value no convergence. */
    private static void check(int info, String routine, int n) {
        if (info < 0) {
            throw new IllegalArgumentException(routine + ": argument " + -info + " is illegal (n " + n + ")");
        }
        if (info > 0) {
            throw new ArithmeticException(
                    "OpenBLAS's " + routine + " did not converge for a " + n + "×" + n + " matrix (info " + info + ")");
        }
    }

    private static String version() {
        try {
            String version = Loader.getVersion("org.bytedeco", "openblas");
            return version == null
                    ? ""
                    : version.substring(0, version.indexOf('-') < 0 ? version.length() : version.indexOf('-'));
        } catch (IOException e) {
            return "";
        }
    }

    private static LinkageError linkageError(String message, Throwable cause) {
        UnsatisfiedLinkError error = new UnsatisfiedLinkError(message);
        if (cause != null) {
            error.initCause(cause);
        }
        return error;
    }
}
