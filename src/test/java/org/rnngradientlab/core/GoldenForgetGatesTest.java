package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The histogram of the LSTM's forget gates against numpy's count of the same gates
 * ({@code scripts/make_golden_forget_gates.py}: {@code np.histogram} of all T·N·H gates, 20 bins on [0, 1]).
 */
class GoldenForgetGatesTest {

    private static final GradientSimulator SIMULATOR = new GradientSimulator();

    static Stream<Named<JsonNode>> cases() {
        List<JsonNode> cases = new ArrayList<>();
        Golden.read("lstm_forget_gates.json").get("cases").forEach(cases::add);
        return cases.stream().map(c -> Named.of(c.get("name").asText(), c));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyForgetGateIsCountedInNumpysBin(JsonNode c) {
        SimulationParams params = Golden.params(c);
        CellPath cell = SIMULATOR.run(params).cellPath().orElseThrow();
        JsonNode expected = c.get("forgetGateCounts");
        long[] counts = new long[expected.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = expected.get(i).asLong();
        }
        assertThat(cell.forgetGateCounts()).containsExactly(counts);
    }
}
