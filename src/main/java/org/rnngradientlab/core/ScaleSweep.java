package org.rnngradientlab.core;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;

/**
 * The growth factor across a range of scales, for one seed or several: where the gradient tips from
 * vanishing to exploding, measured. In numpy:
 *
 * <pre>{@code
 * scales = A + (B - A) * np.arange(P) / (P - 1)
 * growth[s, j] = growth_factor(run(seed=S + s, scale=scales[j]))      # s = 0 … K-1
 * mean[j] = np.exp(np.mean(np.log(growth[:, j])))                     # the geometric mean over the seeds
 * }</pre>
 *
 * <p>{@link #critical()} is the first scale where the (mean) factor crosses 1, interpolated linearly in
 * {@code ln g} between the two grid points around the crossing. A point where g is exactly 0 (the norm
 * reached exact zero) cannot be interpolated in {@code ln g}; a crossing next to one is taken at the other
 * point.
 *
 * @param params the parameters of every run but scale and seed
 * @param scales the scales, evenly spaced from the first to the last
 * @param growthBySeed {@code growthBySeed[s][j]}: the factor of seed {@code params.seed() + s} at
 *     {@code scales[j]}; NaN where undefined (T &lt; 2)
 * @param growth the geometric mean over the seeds at each scale (the factor itself for one seed)
 */
public record ScaleSweep(SimulationParams params, double[] scales, double[][] growthBySeed, double[] growth) {

    /** The most points of one sweep. */
    public static final int MAX_POINTS = 2001;
    /** The most seeds of one sweep. */
    public static final int MAX_SEEDS = 64;

    /**
     * Runs the sweep: {@code points} scales from {@code from} to {@code to}, for {@code seeds} seeds from
     * {@code params.seed()} on. In matmul mode each point costs O(T) (the norms at scale c are c^k times
     * those at 1); otherwise a whole run.
     *
     * @throws IllegalArgumentException unless {@code from < to}, both allowed scales, 2 ≤ points ≤ 2001,
     *     1 ≤ seeds ≤ 64 and the last seed allowed
     */
    public static ScaleSweep run(
            GradientSimulator simulator,
            SimulationParams params,
            double from,
            double to,
            int points,
            int seeds,
            Progress progress) {
        Parameter.SCALE.check(from);
        Parameter.SCALE.check(to);
        if (!(from < to)) {
            throw new IllegalArgumentException("the sweep must go from a smaller to a larger scale");
        }
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be from 2 to " + MAX_POINTS);
        }
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds must be from 1 to " + MAX_SEEDS);
        }
        Parameter.SEED.check(params.seed() + seeds - 1.0);
        double[] scales = new double[points];
        for (int j = 0; j < points; j++) {
            scales[j] = j == points - 1 ? to : from + (to - from) * j / (points - 1);
        }
        double[][] bySeed = new double[seeds][points];
        for (int s = 0; s < seeds; s++) {
            SimulationParams seeded = params.with(Parameter.SEED, params.seed() + s);
            for (int j = 0; j < points; j++) {
                BackpropRun run = simulator.runNorms(seeded.with(Parameter.SCALE, scales[j]), Progress.NONE);
                bySeed[s][j] = GrowthFactor.of(run.norms()).orElse(Double.NaN);
                if (progress.isCancelled()) {
                    throw new CancellationException("superseded");
                }
                progress.report((s * points + j + 1.0) / (seeds * (double) points));
            }
        }
        return new ScaleSweep(params, scales, bySeed, geometricMeans(bySeed, points));
    }

    private static double[] geometricMeans(double[][] bySeed, int points) {
        double[] mean = new double[points];
        for (int j = 0; j < points; j++) {
            double sum = 0;
            for (double[] seed : bySeed) {
                sum += Math.log(seed[j]);
            }
            mean[j] = bySeed.length == 1 ? bySeed[0][j] : Math.exp(sum / bySeed.length);
        }
        return mean;
    }

    /** The number of seeds. */
    public int seeds() {
        return growthBySeed.length;
    }

    /** The first scale where the (mean) growth factor crosses 1; empty if it never does in the range. */
    public OptionalDouble critical() {
        return crossing(scales, growth);
    }

    /** The first {@code x} where {@code g} crosses 1, interpolated linearly in {@code ln g}; see the class. */
    static OptionalDouble crossing(double[] x, double[] g) {
        for (int j = 0; j + 1 < x.length; j++) {
            double a = Math.log(g[j]);
            double b = Math.log(g[j + 1]);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                continue;
            }
            if (a == 0) {
                return OptionalDouble.of(x[j]);
            }
            if ((a < 0) != (b < 0) || b == 0) {
                if (Double.isInfinite(a)) {
                    return OptionalDouble.of(x[j + 1]);
                }
                if (Double.isInfinite(b)) {
                    return OptionalDouble.of(x[j]);
                }
                return OptionalDouble.of(x[j] + (x[j + 1] - x[j]) * (-a) / (b - a));
            }
        }
        return OptionalDouble.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScaleSweep other
                && params.equals(other.params)
                && Arrays.equals(scales, other.scales)
                && Arrays.deepEquals(growthBySeed, other.growthBySeed)
                && Arrays.equals(growth, other.growth);
    }

    @Override
    public int hashCode() {
        return 31 * params.hashCode() + Arrays.hashCode(scales);
    }

    @Override
    public String toString() {
        return "ScaleSweep[" + params + ", " + scales.length + " scales, " + seeds() + " seeds]";
    }
}
