package org.rnngradientlab.core.linalg;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Computes the eigenvalues and the singular values of a real square matrix, values only (no vectors):
 * {@code np.linalg.eigvals(A)} and {@code np.linalg.svd(A, compute_uv=False)}.
 *
 * <p>Two implementations: {@link NativeLapack}, OpenBLAS's LAPACK ({@code dgeev}, {@code dgesdd}, the
 * routines numpy calls) from the native library that ships inside the {@code org.bytedeco:openblas} jar
 * of this platform, and {@link EjmlSpectrum}, EJML in plain Java, the fallback wherever that library
 * cannot load. {@link #preferred()} picks one once per process; the system property {@value #PROPERTY}
 * chooses: {@code auto} (the default: native where it loads, else Java), {@code native} (native or an
 * error) or {@code java}.
 *
 * <p>Implementations are thread-safe and never modify their input.
 */
public interface SpectrumSolver {

    /** System property that chooses the solver: {@code auto}, {@code native} or {@code java}. */
    String PROPERTY = "rnngradientlab.spectrum";

    /**
     * The eigenvalues of the n × n matrix {@code a}, in LAPACK's order (which should not be relied upon).
     *
     * @param a the matrix, row-major, n·n values (not modified)
     * @param re receives the real parts, n of them
     * @param im receives the imaginary parts, n of them; complex pairs are conjugates
     * @throws ArithmeticException if the QR iteration does not converge
     */
    void eigenvalues(int n, double[] a, double[] re, double[] im);

    /**
     * The singular values of the n × n matrix {@code a}, largest first.
     *
     * @param a the matrix, row-major, n·n values (not modified)
     * @throws ArithmeticException if the iteration does not converge
     */
    double[] singularValues(int n, double[] a);

    /** What computes the values, for benchmarks and reports, e.g. {@code "OpenBLAS 0.3.31 LAPACK (native)"}. */
    String description();

    /** The solver {@value #PROPERTY} asks for, chosen on first use and then kept for the whole process. */
    static SpectrumSolver preferred() {
        return PreferredSolver.INSTANCE;
    }

    /**
     * The solver for one setting of {@value #PROPERTY}.
     *
     * @param setting {@code auto}, {@code native} or {@code java} (case-insensitive); null means auto
     * @param nativeSolver loads the native solver, throwing a {@link LinkageError} where it cannot
     * @throws IllegalArgumentException for any other setting
     * @throws LinkageError for {@code native} when the native library cannot load
     */
    static SpectrumSolver choose(String setting, Supplier<SpectrumSolver> nativeSolver) {
        String wanted = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        switch (wanted) {
            case "java":
                return new EjmlSpectrum();
            case "native":
                return nativeSolver.get();
            case "auto":
                try {
                    return nativeSolver.get();
                } catch (LinkageError e) {
                    System.getLogger(SpectrumSolver.class.getName())
                            .log(System.Logger.Level.DEBUG, "native LAPACK did not load; using EJML", e);
                    return new EjmlSpectrum();
                }
            default:
                throw new IllegalArgumentException(
                        "system property " + PROPERTY + " must be auto, native or java, got '" + setting + "'");
        }
    }
}
