package org.rnngradientlab.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rnngradientlab.core.random.LegacyRandomState;

/** The tanh experiment's own pieces; its results are checked against numpy in the core's golden tests. */
class TanhRnnExperimentTest {

    @Test
    void fastTanhIsWithinOneUlpOfMathTanhAndSaturatesAsItDoes() {
        LegacyRandomState random = new LegacyRandomState(1);
        for (int i = 0; i < 300_000; i++) {
            double x = (random.randomSample() - 0.5) * (i % 3 == 0 ? 4 : 60);
            double fast = TanhRnnExperiment.tanh(x);
            double exact = Math.tanh(x);
            assertThat(Math.abs(fast - exact)).as("tanh(%s)", x).isLessThanOrEqualTo(Math.ulp(exact));
        }
        assertThat(TanhRnnExperiment.tanh(30)).isEqualTo(1.0);
        assertThat(TanhRnnExperiment.tanh(-30)).isEqualTo(-1.0);
        assertThat(1 - TanhRnnExperiment.tanh(12) * TanhRnnExperiment.tanh(12))
                .isEqualTo(1 - Math.tanh(12) * Math.tanh(12));
        assertThat(TanhRnnExperiment.tanh(-0.0)).isEqualTo(-0.0);
    }
}
