package org.rnngradientlab.core.linalg;

/** Reductions over a stretch {@code v[from, from + count)} of a row-major array. */
public final class Vectors {

    private Vectors() {}

    /** max |vᵢ|; 0 for an empty stretch; NaN propagates as {@link Math#max} does. */
    public static double largestAbs(double[] v, int from, int count) {
        double largest = 0;
        for (int i = from, end = from + count; i < end; i++) {
            largest = Math.max(largest, Math.abs(v[i]));
        }
        return largest;
    }

    /** ‖v‖₂ = √(Σ vᵢ²), summed in index order (numpy sums pairwise, so the last bits may differ). */
    public static double frobenius(double[] v, int from, int count) {
        double sum = 0;
        for (int i = from, end = from + count; i < end; i++) {
            sum += v[i] * v[i];
        }
        return Math.sqrt(sum);
    }
}
