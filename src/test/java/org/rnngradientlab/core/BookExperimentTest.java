package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The numbers Deep Learning from Scratch 2 prints for ch06/rnn_gradient_graph.py (N 2, H 3, T 20, seed 3),
 * checked to the tolerance the book's own last digit allows (summation order).
 */
class BookExperimentTest {

    private final GradientSimulator simulator = new GradientSimulator();

    @Test
    void seedThreeGivesTheBooksRecurrentWeights() {
        double[] wh = simulator.weights(SimulationParams.BOOK).matrix();
        assertThat(wh[0]).isCloseTo(1.78862847, within(5e-9));
        assertThat(wh[1]).isCloseTo(0.43650985, within(5e-9));
        assertThat(wh[2]).isCloseTo(0.09649747, within(5e-9));
    }

    @Test
    void scaleOneExplodesWithTheBooksNorms() {
        double[] norms = simulator.run(SimulationParams.BOOK).norms().norms();
        assertThat(norms).hasSize(20);
        assertBook(norms[0], 2.4684068094579303);
        assertBook(norms[1], 3.3357049741610365);
        assertBook(norms[2], 4.783279375373182);
        assertBook(norms[19], 249.495615421267);
    }

    @Test
    void scaleHalfVanishesWithTheBooksNorms() {
        double[] norms = simulator
                .run(SimulationParams.BOOK.with(Parameter.SCALE, 0.5))
                .norms()
                .norms();
        assertBook(norms[0], 1.2342034047289652);
        assertBook(norms[19], 0.00023793756048323344);
    }

    @Test
    void theBooksMatrixAtHalfVanishesThoughItsLargestSingularValueExceedsOne() {
        Spectrum spectrum = simulator
                .run(SimulationParams.BOOK.with(Parameter.SCALE, 0.5))
                .spectrum()
                .orElseThrow();
        assertThat(spectrum.spectralRadius()).isLessThan(1);
        assertThat(spectrum.largestSingularValue()).isCloseTo(1.33, within(0.005));
    }

    private static void assertBook(double actual, double printed) {
        assertThat(actual).isCloseTo(printed, within(Golden.RELATIVE * printed));
    }
}
