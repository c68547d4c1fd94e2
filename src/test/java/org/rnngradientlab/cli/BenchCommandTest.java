package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void printsTheMedianOfEachMeasurementAsJson() throws Exception {
        CliRun run = CliRun.of(
                "bench", "--hidden", "8", "--steps", "50", "--mode", "tanh", "--format", "json", "--seconds", "0.05");
        assertThat(run.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        for (String name : new String[] {"backprop", "spectrum", "rescale"}) {
            assertThat(json.get(name).get("medianMs").asDouble()).as(name).isPositive();
            assertThat(json.get(name).get("runs").asInt()).as(name).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void refusesAMeasuringTimeOutsideItsRange() {
        CliRun run = CliRun.of("bench", "--seconds", "0");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--seconds").contains("0.01 to 600");
    }
}
