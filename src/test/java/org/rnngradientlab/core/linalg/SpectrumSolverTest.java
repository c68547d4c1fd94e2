package org.rnngradientlab.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rnngradientlab.core.RecurrentWeights;
import org.rnngradientlab.core.WeightInit;

/**
 * Both solvers, the native one and the pure-Java fallback, against numpy 2.x's {@code np.linalg.eigvals}
 * and {@code svd(compute_uv=False)} of W0 at H 256 to 512 ({@code scripts/make_spectrum_golden.py}).
 */
class SpectrumSolverTest {

    /** Eigenvalues as a set, and singular values in order, to this much of ρ or σmax. */
    private static final double TOLERANCE = 1e-9;

    private static final List<JsonNode> GOLDEN = readGolden();

    /** Every case for the native solver; the pure-Java one, 4 to 8 times slower, up to H 300. */
    static Stream<Arguments> solversAndCases() {
        Stream<Arguments> lapack =
                GOLDEN.stream().map(c -> Arguments.of(Named.of("native", NativeLapack.load()), named(c)));
        Stream<Arguments> java = GOLDEN.stream()
                .filter(c -> c.get("hidden").asInt() <= 300)
                .map(c -> Arguments.of(Named.of("java", new EjmlSpectrum()), named(c)));
        return Stream.concat(lapack, java);
    }

    private static Named<JsonNode> named(JsonNode c) {
        return Named.of(
                "H " + c.get("hidden") + ", seed " + c.get("seed") + ", "
                        + c.get("init").asText(),
                c);
    }

    @Test
    void nativeLapackLoadsOnTheBuildPlatformAndIsPreferred() {
        assertThat(NativeLapack.load().description()).startsWith("OpenBLAS");
        assertThat(SpectrumSolver.preferred()).isInstanceOf(NativeLapack.class);
    }

    @ParameterizedTest
    @MethodSource("solversAndCases")
    void eigenvaluesEqualNumpysAsSets(SpectrumSolver solver, JsonNode c) {
        int n = c.get("hidden").asInt();
        double[] re = new double[n];
        double[] im = new double[n];
        solver.eigenvalues(n, weights(c), re, im);
        List<double[]> remaining = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            remaining.add(new double[] {re[i], im[i]});
        }
        double allowed = TOLERANCE * c.get("spectralRadius").asDouble();
        for (JsonNode z : c.get("eigenvalues")) {
            double zr = z.get(0).asDouble();
            double zi = z.get(1).asDouble();
            double[] nearest = remaining.stream()
                    .min((p, q) -> Double.compare(Math.hypot(p[0] - zr, p[1] - zi), Math.hypot(q[0] - zr, q[1] - zi)))
                    .orElseThrow();
            assertThat(Math.hypot(nearest[0] - zr, nearest[1] - zi))
                    .as("eigenvalue %s + %si", zr, zi)
                    .isLessThan(allowed);
            remaining.remove(nearest);
        }
        assertThat(remaining).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("solversAndCases")
    void singularValuesEqualNumpysInOrder(SpectrumSolver solver, JsonNode c) {
        double[] expected = doubles(c.get("singularValues"));
        double[] actual = solver.singularValues(c.get("hidden").asInt(), weights(c));
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("singular value %d", i).isCloseTo(expected[i], within(TOLERANCE * expected[0]));
        }
    }

    @Test
    void solversLeaveTheirInputAlone() {
        double[] a = RecurrentWeights.draw(64, 5, WeightInit.RANDN).matrix();
        double[] before = a.clone();
        for (SpectrumSolver solver : List.of(NativeLapack.load(), new EjmlSpectrum())) {
            solver.eigenvalues(64, a, new double[64], new double[64]);
            solver.singularValues(64, a);
            assertThat(a).as(solver.description()).containsExactly(before);
        }
    }

    @Test
    void concurrentNativeCallsGiveTheSameValuesAsOneAtATime() throws Exception {
        SpectrumSolver lapack = NativeLapack.load();
        double[] a = RecurrentWeights.draw(200, 1, WeightInit.RANDN).matrix();
        double[] re = new double[200];
        double[] im = new double[200];
        lapack.eigenvalues(200, a, re, im);
        double[] singular = lapack.singularValues(200, a);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    double[] r = new double[200];
                    double[] m = new double[200];
                    lapack.eigenvalues(200, a, r, m);
                    return new double[][] {r, m, lapack.singularValues(200, a)};
                }));
            }
            for (Future<double[][]> result : results) {
                double[][] values = result.get();
                assertThat(values[0]).containsExactly(re);
                assertThat(values[1]).containsExactly(im);
                assertThat(values[2]).containsExactly(singular);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void autoFallsBackToJavaWhereTheNativeLibraryCannotLoad() {
        SpectrumSolver solver = SpectrumSolver.choose("auto", () -> {
            throw new UnsatisfiedLinkError("no jniopenblas in java.library.path");
        });
        assertThat(solver).isInstanceOf(EjmlSpectrum.class);
        assertThat(SpectrumSolver.choose(null, NativeLapack::load)).isInstanceOf(NativeLapack.class);
    }

    @Test
    void javaForcesTheFallbackAndNativeRefusesIt() {
        assertThat(SpectrumSolver.choose(" Java ", NativeLapack::load)).isInstanceOf(EjmlSpectrum.class);
        assertThat(SpectrumSolver.choose("native", NativeLapack::load)).isInstanceOf(NativeLapack.class);
        assertThatThrownBy(() -> SpectrumSolver.choose("native", () -> {
                    throw new UnsatisfiedLinkError("no jniopenblas");
                }))
                .isInstanceOf(UnsatisfiedLinkError.class);
        assertThatThrownBy(() -> SpectrumSolver.choose("lapack", NativeLapack::load))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SpectrumSolver.PROPERTY);
    }

    private static double[] weights(JsonNode c) {
        WeightInit init = c.get("init").asText().equals("rand") ? WeightInit.RAND : WeightInit.RANDN;
        return RecurrentWeights.draw(c.get("hidden").asInt(), c.get("seed").asLong(), init)
                .matrix();
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    private static List<JsonNode> readGolden() {
        try (InputStream in = SpectrumSolverTest.class.getResourceAsStream("/org/rnngradientlab/golden/spectra.json")) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing golden file spectra.json; run scripts/make_spectrum_golden.py");
            }
            List<JsonNode> cases = new ArrayList<>();
            new ObjectMapper().readTree(in).get("cases").forEach(cases::add);
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
