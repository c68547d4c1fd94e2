package org.rnngradientlab.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rnngradientlab.core.linalg.SpectrumSolver;

/**
 * The eigenvalues and singular values of a square matrix, the quantities that decide whether repeated
 * multiplication by it makes a gradient explode or vanish: the spectral radius ρ = max |λ| is the
 * long-run growth factor per step, and the largest singular value σmax bounds the growth of any single
 * step (Pascanu, Mikolov &amp; Bengio 2013: σmax·γ &lt; 1 guarantees vanishing; ρ &gt; 1 is needed to explode).
 *
 * <p>Eigenvalues are ordered by decreasing modulus, then decreasing real part, then decreasing imaginary
 * part (numpy returns them in LAPACK's order, which should not be relied upon: compare them as sets).
 * Singular values are in decreasing order.
 *
 * <p>{@link #eigenvaluesOf} and {@link #singularValuesOf} compute them with OpenBLAS's LAPACK,
 * the routines numpy calls, where its native library loads, and with EJML in plain Java elsewhere (or when
 * the system property {@value SpectrumSolver#PROPERTY} is {@code java}); see {@link SpectrumSolver}.
 */
public final class Spectrum {

    private static final Comparator<Complex> DECREASING_MODULUS = Comparator.comparingDouble(Complex::modulus)
            .thenComparingDouble(Complex::re)
            .thenComparingDouble(Complex::im)
            .reversed();

    private final List<Complex> eigenvalues;
    private final double[] singularValues;
    private final double spectralRadius;

    /**
     * @param eigenvalues all eigenvalues, in any order
     * @param singularValues all singular values, in any order (not modified)
     */
    public Spectrum(List<Complex> eigenvalues, double[] singularValues) {
        this(eigenvalues.stream().sorted(DECREASING_MODULUS).toList(), decreasing(singularValues), true);
    }

    /** Takes both lists as they are: already in order, and not shared. */
    private Spectrum(List<Complex> sortedEigenvalues, double[] decreasingSingularValues, boolean inOrder) {
        this.eigenvalues = sortedEigenvalues;
        this.singularValues = decreasingSingularValues;
        this.spectralRadius =
                sortedEigenvalues.isEmpty() ? 0.0 : sortedEigenvalues.get(0).modulus();
    }

    /**
     * The eigenvalues of the n × n matrix {@code a} ({@code np.linalg.eigvals(a)}), in the solver's order.
     *
     * @param a row-major, n·n values (not modified)
     * @throws ArithmeticException if the solver does not converge
     */
    public static List<Complex> eigenvaluesOf(int n, double[] a) {
        double[] re = new double[n];
        double[] im = new double[n];
        SpectrumSolver.preferred().eigenvalues(n, a, re, im);
        List<Complex> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(new Complex(re[i], im[i]));
        }
        return List.copyOf(values);
    }

    /**
     * The singular values of the n × n matrix {@code a} ({@code np.linalg.svd(a, compute_uv=False)}),
     * largest first.
     *
     * @param a row-major, n·n values (not modified)
     * @throws ArithmeticException if the solver does not converge
     */
    public static double[] singularValuesOf(int n, double[] a) {
        return SpectrumSolver.preferred().singularValues(n, a);
    }

    /** What computes the spectrum in this process, e.g. {@code "OpenBLAS 0.3.31 LAPACK (native, 2 threads)"}. */
    public static String solverDescription() {
        return SpectrumSolver.preferred().description();
    }

    /** Eigenvalues by decreasing modulus. */
    public List<Complex> eigenvalues() {
        return eigenvalues;
    }

    /** ρ = max |λ|. */
    public double spectralRadius() {
        return spectralRadius;
    }

    /** Singular values, largest first. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** σmax, the largest singular value: the spectral norm ‖W‖₂. */
    public double largestSingularValue() {
        return singularValues.length == 0 ? 0.0 : singularValues[0];
    }

    /** The spectrum of c·W for c ≥ 0: every eigenvalue and singular value times c. */
    public Spectrum scaled(double c) {
        if (!(c >= 0)) {
            throw new IllegalArgumentException("scale must be non-negative, got " + c);
        }
        double[] scaledSingular = singularValues.clone();
        for (int i = 0; i < scaledSingular.length; i++) {
            scaledSingular[i] *= c;
        }
        // Multiplying by c >= 0 keeps both orders, so nothing is sorted again.
        return new Spectrum(eigenvalues.stream().map(z -> z.times(c)).toList(), scaledSingular, true);
    }

    private static double[] decreasing(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0, j = sorted.length - 1; i < j; i++, j--) {
            double t = sorted[i];
            sorted[i] = sorted[j];
            sorted[j] = t;
        }
        return sorted;
    }
}
