package org.rnngradientlab.app.view.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Tick positions of a logarithmic axis, as a pure function of its range (in log10 units) and length in
 * pixels: major ticks on whole decades, every 1, 2, 5, 10, 20, 50… decades so that labels stay apart, and
 * minor ticks at 2·10ⁿ … 9·10ⁿ where a decade is wide enough, else on the decades between majors. (The
 * transform kept apart from the axis, as chart-fx keeps its LogarithmicAxisTransform.)
 *
 * @param lower the lower end, log10
 * @param upper the upper end, log10
 * @param decadeStep decades between major ticks
 * @param majors exponents of the major ticks
 * @param minors positions (log10) of the minor ticks
 */
public record LogTicks(double lower, double upper, long decadeStep, List<Long> majors, List<Double> minors) {

    private static final double[] LOG10_OF_2_TO_9 = {
        Math.log10(2), Math.log10(3), Math.log10(4), Math.log10(5),
        Math.log10(6), Math.log10(7), Math.log10(8), Math.log10(9)
    };

    /**
     * The range to show for data from {@code min} to {@code max} (log10): whole decades around the data, at
     * least one decade wide.
     */
    public static double[] fit(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[] {-1, 1};
        }
        double lower = Math.floor(min);
        double upper = Math.ceil(max);
        if (upper - lower < 1) {
            upper = lower + 1;
        }
        return new double[] {lower, upper};
    }

    /** The ticks for [lower, upper] (log10) drawn over {@code length} pixels, majors at least {@code spacing} apart. */
    public static LogTicks of(double lower, double upper, double length, double spacing) {
        double span = Math.max(upper - lower, 1e-9);
        double pixelsPerDecade = length / span;
        long step = 1;
        search:
        for (long magnitude = 1; magnitude <= 1_000_000_000L; magnitude *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                step = factor * magnitude;
                if (step * pixelsPerDecade >= spacing) {
                    break search;
                }
            }
        }
        List<Long> majors = new ArrayList<>();
        long first = (long) Math.ceil(lower / step) * step;
        for (long e = first; e <= upper + 1e-9; e += step) {
            majors.add(e);
        }
        List<Double> minors = new ArrayList<>();
        if (step == 1 && pixelsPerDecade >= 2.5 * spacing) {
            for (long decade = (long) Math.floor(lower); decade < upper; decade++) {
                for (double offset : LOG10_OF_2_TO_9) {
                    double position = decade + offset;
                    if (position > lower && position < upper) {
                        minors.add(position);
                    }
                }
            }
        } else if (step > 1) {
            long minorStep = step % 5 == 0 ? step / 5 : step / 2;
            for (long e = (long) Math.floor(lower / minorStep) * minorStep; e <= upper; e += minorStep) {
                if (e % step != 0 && e > lower && e < upper) {
                    minors.add((double) e);
                }
            }
        }
        return new LogTicks(lower, upper, step, List.copyOf(majors), List.copyOf(minors));
    }
}
