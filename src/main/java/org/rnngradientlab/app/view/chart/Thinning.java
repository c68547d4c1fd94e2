package org.rnngradientlab.app.view.chart;

import java.util.ArrayList;
import java.util.List;

/** Thins a long curve for drawing: one bucket per pair of points, keeping each bucket's lowest and highest. */
final class Thinning {

    private Thinning() {}

    /** Index ranges [from, to) covering 0..n−1, at most {@code maxPoints}/2 of them (or n singletons). */
    static List<int[]> buckets(int n, int maxPoints) {
        List<int[]> buckets = new ArrayList<>();
        if (n <= maxPoints) {
            for (int i = 0; i < n; i++) {
                buckets.add(new int[] {i, i + 1});
            }
            return buckets;
        }
        int count = maxPoints / 2;
        for (int b = 0; b < count; b++) {
            int from = (int) ((long) n * b / count);
            int to = (int) ((long) n * (b + 1) / count);
            if (to > from) {
                buckets.add(new int[] {from, to});
            }
        }
        return buckets;
    }

    /** The indices of the lowest and highest finite value in values[from, to), in index order; none if none. */
    static int[] extremes(double[] values, int from, int to) {
        if (to - from == 1) {
            return new int[] {from};
        }
        int low = -1;
        int high = -1;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(values[i])) {
                if (low < 0 || values[i] < values[low]) {
                    low = i;
                }
                if (high < 0 || values[i] > values[high]) {
                    high = i;
                }
            }
        }
        if (low < 0) {
            return new int[0];
        }
        return low == high ? new int[] {low} : new int[] {Math.min(low, high), Math.max(low, high)};
    }
}
