package org.rnngradientlab.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.CancellationException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.Progress;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.random.LegacyRandomState;

/** The dense loops against the schoolbook product, and the helper threads they run on. */
class KernelsTest {

    @Property(tries = 200)
    void multiplyAddIsTheSchoolbookProductForEveryShape(
            @ForAll @IntRange(min = 1, max = 9) int n,
            @ForAll @IntRange(min = 1, max = 11) int k,
            @ForAll @IntRange(min = 1, max = 13) int m,
            @ForAll @IntRange(min = 0, max = 5) int offset) {
        double[] a = random(offset + n * k, 1);
        double[] b = random(k * m, 2);
        double[] c = random(offset + n * m, 3);
        double[] expected = c.clone();
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < k; i++) {
                    expected[offset + r * m + j] += a[offset + r * k + i] * b[i * m + j];
                }
            }
        }
        Kernels.multiplyAdd(a, offset, b, c, offset, n, k, m);
        assertThat(c).containsExactly(expected, within(1e-12));
    }

    @Property(tries = 200)
    void transposeMultiplyAddIsTheSchoolbookProductForEveryShape(
            @ForAll @IntRange(min = 1, max = 9) int n,
            @ForAll @IntRange(min = 1, max = 11) int k,
            @ForAll @IntRange(min = 1, max = 13) int m,
            @ForAll @IntRange(min = 0, max = 5) int offset) {
        double[] a = random(offset + n * k, 4);
        double[] d = random(offset + n * m, 5);
        double[] c = random(k * m, 6);
        double[] expected = c.clone();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < m; j++) {
                for (int r = 0; r < n; r++) {
                    expected[i * m + j] += a[offset + r * k + i] * d[offset + r * m + j];
                }
            }
        }
        Kernels.transposeMultiplyAdd(a, offset, d, offset, c, n, k, m);
        assertThat(c).containsExactly(expected, within(1e-12));
    }

    @Test
    void productsLargeEnoughToSplitOverTheCoresGiveTheSameBitsAsSmallOnes() {
        int n = 3;
        int k = 301;
        int m = 257;
        assertThat((long) n * k * m).isGreaterThan(Kernels.PARALLEL_THRESHOLD);
        double[] a = random(n * k, 7);
        double[] b = random(k * m, 8);
        double[] split = new double[n * m];
        Kernels.multiplyAdd(a, 0, b, split, 0, n, k, m);

        int width = 40;
        assertThat((long) n * k * width).isLessThan(Kernels.PARALLEL_THRESHOLD);
        for (int from = 0; from < m; from += width) {
            int cols = Math.min(width, m - from);
            double[] narrowB = new double[k * cols];
            for (int i = 0; i < k; i++) {
                System.arraycopy(b, i * m + from, narrowB, i * cols, cols);
            }
            double[] narrow = new double[n * cols];
            Kernels.multiplyAdd(a, 0, narrowB, narrow, 0, n, k, cols);
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < cols; j++) {
                    assertThat(split[r * m + from + j]).isEqualTo(narrow[r * cols + j]);
                }
            }
        }
    }

    @Test
    void aFailureInTheBackgroundSurfacesAtAwaitAndFreesTheHelpers() {
        KernelThreads threads = KernelThreads.shared();
        KernelThreads.Background task = threads.inBackground(() -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(task::await).hasMessage("boom");
        assertThat(threads.isFree()).isTrue();
    }

    @Test
    void aCancelledRunLeavesTheHelpersFreeForTheNext() {
        SimulationParams big = SimulationParams.BOOK
                .with(Parameter.HIDDEN, 200)
                .with(Parameter.STEPS, 400)
                .with(ChoiceParameter.MODE, BackpropMode.TANH);
        Progress cancelHalfWay = new Progress() {
            private double seen;

            @Override
            public void report(double fraction) {
                seen = fraction;
            }

            @Override
            public boolean isCancelled() {
                return seen > 0.5;
            }
        };
        assertThatThrownBy(() -> new GradientSimulator().run(big, cancelHalfWay))
                .isInstanceOf(CancellationException.class);
        assertThat(KernelThreads.shared().isFree()).isTrue();
        assertThat(new GradientSimulator()
                        .run(big.with(Parameter.STEPS, 50))
                        .norms()
                        .steps())
                .isEqualTo(50);
    }

    private static double[] random(int length, long seed) {
        LegacyRandomState random = new LegacyRandomState(seed);
        double[] values = new double[length];
        random.fillStandardNormal(values, 0, length);
        return values;
    }
}
