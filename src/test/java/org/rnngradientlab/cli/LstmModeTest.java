package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code simulate --mode lstm}: the cell path beside ‖dh‖, and the forget bias only where it means something. */
class LstmModeTest {

    @Test
    void jsonAddsTheCellPathAndKeepsEveryOtherKey() throws Exception {
        CliRun run = CliRun.of("simulate", "--mode", "lstm", "--forget-bias", "3", "--steps", "30");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys)
                .containsExactly(
                        "params",
                        "norms",
                        "log10Norms",
                        "overflowStep",
                        "underflowStep",
                        "eigenvalues",
                        "spectralRadius",
                        "singularValues",
                        "gradWhNorm",
                        "clipRate",
                        "clippedNorm",
                        "meanTanhPrime",
                        "cellNorms",
                        "log10CellNorms",
                        "meanForgetGate",
                        "growthFactor");
        assertThat(json.get("params").get("forgetBias").asDouble()).isEqualTo(3.0);
        assertThat(json.get("cellNorms")).hasSize(30);
        // a forget bias of 3 keeps f near σ(3) ≈ 0.95
        assertThat(json.get("meanForgetGate").get(29).asDouble()).isBetween(0.85, 1.0);
        assertThat(json.get("meanTanhPrime").get(0).isNull()).isTrue();
    }

    @Test
    void csvAddsTheCellColumns() {
        CliRun run = CliRun.of("simulate", "--mode", "lstm", "--steps", "2", "--format", "csv");
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("k,norm,log10Norm,meanTanhPrime,cellNorm,log10CellNorm,meanForgetGate");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).split(",", -1)).hasSize(7);
    }

    @Test
    void theRnnModesHaveNoCellColumns() {
        CliRun run = CliRun.of("simulate", "--mode", "tanh", "--steps", "2", "--format", "csv");
        assertThat(run.out().lines().findFirst()).hasValue("k,norm,log10Norm,meanTanhPrime");
    }

    @Test
    void theForgetBiasIsRefusedOutsideLstmModeAndOutOfRange() {
        CliRun tanh = CliRun.of("simulate", "--mode", "tanh", "--forget-bias", "1");
        assertThat(tanh.status()).isEqualTo(Cli.USAGE);
        assertThat(tanh.err().lines())
                .containsExactly(
                        "simulate: Invalid value for option '--forget-bias': it applies only with --mode lstm (see --help)");
        CliRun range = CliRun.of("simulate", "--mode", "lstm", "--forget-bias", "11");
        assertThat(range.status()).isEqualTo(Cli.USAGE);
        assertThat(range.err()).contains("'--forget-bias': must be a number from -10 to 10, got '11'");
    }
}
