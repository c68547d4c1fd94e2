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
                BOOK.with(Parameter.SCALE, 2.5),
                BOOK.with(ChoiceParameter.SCALE_MODE, ScaleMode.SPECTRAL),
                BOOK.with(ChoiceParameter.MODE, BackpropMode.TANH),
                BOOK.with(Parameter.STEPS, 7),
                BOOK.with(Parameter.BATCH, 5),
                BOOK.with(Parameter.INPUT_SCALE, 0.25),
                BOOK.with(Parameter.MAX_NORM, 0.5));
        for (SimulationParams other : others) {
            assertThat(WeightDraw.sameWeights(BOOK, other)).as("%s", other).isTrue();
            assertThat(RecurrentWeights.draw(other).matrix())
                    .as("W0 of %s", other)
                    .containsExactly(RecurrentWeights.draw(BOOK).matrix());
        }
    }

    @Test
    void anotherHiddenSizeSeedOrInitIsAnotherW0() {
        for (SimulationParams other : List.of(
                BOOK.with(Parameter.HIDDEN, 4),
                BOOK.with(Parameter.SEED, 4),
                BOOK.with(ChoiceParameter.INIT, WeightInit.RAND))) {
            assertThat(WeightDraw.sameWeights(BOOK, other)).as("%s", other).isFalse();
            assertThat(WeightDraw.of(other)).isNotEqualTo(WeightDraw.of(BOOK));
        }
        assertThat(WeightDraw.sameWeights(BOOK, null)).isFalse();
        assertThat(WeightDraw.sameWeights(null, BOOK)).isFalse();
    }
}
