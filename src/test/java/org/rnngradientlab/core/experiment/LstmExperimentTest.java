package org.rnngradientlab.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.core.random.LegacyRandomState;

/** The LSTM experiment's own pieces; its results are checked against numpy in the core's golden tests. */
class LstmExperimentTest {

    @Test
    void forgetGatesAreBinnedOnZeroToOneWithOneInTheLastBin() {
        ForgetGateCounts counts = new ForgetGateCounts();
        counts.add(new double[] {9, 0.0, 0.0499, 0.05, 0.5, 0.9999, 1.0, 9}, 1, 6);
        long[] expected = new long[ForgetGateCounts.BINS];
        expected[0] = 2;
        expected[1] = 1;
        expected[10] = 1;
        expected[19] = 2;
        assertThat(counts.counts()).containsExactly(expected);
    }

    @Test
    void everyForgetGateOfTheForwardPassIsCountedOnceAlsoWhenSegmentsAreRecomputed() {
        int hidden = 4;
        int steps = 30;
        int batch = 2;
        long[] storingAll = forgetGateCounts(hidden, steps, batch, Long.MAX_VALUE);
        long[] checkpointed = forgetGateCounts(hidden, steps, batch, 1);
        assertThat(Arrays.stream(storingAll).sum()).isEqualTo((long) steps * batch * hidden);
        assertThat(checkpointed).containsExactly(storingAll);
    }

    private static long[] forgetGateCounts(int hidden, int steps, int batch, long storeAllLimit) {
        LegacyRandomState weights = new LegacyRandomState(5);
        double[][] blocks = new double[4][hidden * hidden];
        for (double[] block : blocks) {
            for (int e = 0; e < block.length; e++) {
                block[e] = weights.randomSample() - 0.5;
            }
        }
        LstmExperiment.Result result = LstmExperiment.run(
                new LstmExperiment.Weights(blocks[0], blocks[1], blocks[2], blocks[3]),
                hidden,
                steps,
                batch,
                1.0,
                1.0,
                new LegacyRandomState(1),
                new LegacyRandomState(2),
                storeAllLimit,
                new StepCounter(() -> false, fraction -> {}, 1));
        return result.forgetGates().counts();
    }
}
