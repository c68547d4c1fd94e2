package org.rnngradientlab.core;

import java.util.OptionalDouble;

/**
 * The measured growth of the gradient per step, defined once for the verdict, the readouts, the command
 * line and the exports: {@code g = 10^s}, where {@code s} is the least-squares slope of {@code log10 ‖dh_k‖}
 * against {@code k} over the tail {@code k = ⌊T/4⌋+1 … T} (the first quarter is the transient, where σmax
 * rather than ρ rules). In numpy:
 *
 * <pre>{@code
 * k = np.arange(T // 4 + 1, T + 1)
 * s = np.polyfit(k, log10_norms[k - 1], 1)[0]
 * g = 10 ** s                      # 0 once the norm is exactly 0; undefined for T < 2
 * }</pre>
 *
 * <p>It is computed from the log-space norms, so it is finite far past float64's range. {@code g > 1}: the
 * gradient explodes; {@code g < 1}: it vanishes; {@code g = 1}: the edge.
 */
public final class GrowthFactor {

    private GrowthFactor() {}

    /** The first step {@code ⌊T/4⌋+1} of the tail the factor is measured over, for a run of {@code steps} steps. */
    public static int firstMeasuredStep(int steps) {
        return steps / 4 + 1;
    }

    /** The growth factor of {@code norms}; empty for fewer than two steps. */
    public static OptionalDouble of(NormSeries norms) {
        return of(norms.log10Norms());
    }

    /**
     * The growth factor of the series {@code log10Norms[k-1] = log10 ‖dh_k‖}; 0 if any norm of the tail is
     * exactly 0 ({@code -∞}); empty for fewer than two steps.
     */
    public static OptionalDouble of(double[] log10Norms) {
        int steps = log10Norms.length;
        if (steps < 2) {
            return OptionalDouble.empty();
        }
        int first = firstMeasuredStep(steps);
        int count = steps - first + 1;
        double meanK = (first + steps) / 2.0;
        double sum = 0;
        for (int k = first; k <= steps; k++) {
            double y = log10Norms[k - 1];
            if (y == Double.NEGATIVE_INFINITY) {
                return OptionalDouble.of(0.0);
            }
            sum += y;
        }
        double meanY = sum / count;
        double sxy = 0;
        double sxx = 0;
        for (int k = first; k <= steps; k++) {
            double dx = k - meanK;
            sxy += dx * (log10Norms[k - 1] - meanY);
            sxx += dx * dx;
        }
        return OptionalDouble.of(Math.pow(10, sxy / sxx));
    }
}
