package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Same weights" means the same W0: equal hidden size, seed and init, whatever else differs. */
class WeightDrawTest {

    private static final SimulationParams BOOK = SimulationParams.BOOK;

    @Test
    void changesOutsideHiddenSeedAndInitKeepTheWeights() {
        List<SimulationParams> others = List.of(
                BOOK.withScale(2.5),
                BOOK.withScaleMode(ScaleMode.SPECTRAL),
                BOOK.withMode(BackpropMode.TANH),
                BOOK.withSteps(7),
                BOOK.withBatch(5),
                BOOK.withInputScale(0.25),
                BOOK.withMaxNorm(0.5));
        for (SimulationParams other : others) {
            assertThat(WeightDraw.sameWeights(BOOK, other)).as("%s", other).isTrue();
            assertThat(RecurrentWeights.draw(other).matrix())
                    .as("W0 of %s", other)
                    .containsExactly(RecurrentWeights.draw(BOOK).matrix());
        }
    }

    @Test
    void anotherHiddenSizeSeedOrInitIsAnotherW0() {
        for (SimulationParams other : List.of(BOOK.withHidden(4), BOOK.withSeed(4), BOOK.withInit(WeightInit.RAND))) {
            assertThat(WeightDraw.sameWeights(BOOK, other)).as("%s", other).isFalse();
            assertThat(WeightDraw.of(other)).isNotEqualTo(WeightDraw.of(BOOK));
        }
        assertThat(WeightDraw.sameWeights(BOOK, null)).isFalse();
        assertThat(WeightDraw.sameWeights(null, BOOK)).isFalse();
    }
}
