package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

    @Test
    void withNoOptionsPrintsTheBooksExperimentWithExactlyTheDocumentedKeys() throws Exception {
        CliRun run = CliRun.of("simulate");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
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
                        "growthFactor");
        // the book's W0 at ×1.0 grows ×1.2557 per step (scripts/make_golden_edge.py)
        assertThat(json.get("growthFactor").asDouble()).isEqualTo(1.2557098701678115);
        assertThat(json.get("params").get("hidden").asInt()).isEqualTo(3);
        assertThat(json.get("params").get("mode").asText()).isEqualTo("matmul");
        assertThat(json.get("norms")).hasSize(20);
        assertThat(json.get("norms").get(0).asDouble()).isCloseTo(2.4684068094579303, within(1e-12));
        assertThat(json.get("norms").get(19).asDouble()).isCloseTo(249.495615421267, within(249.5e-12));
        assertThat(json.get("overflowStep").isNull()).isTrue();
        assertThat(json.get("eigenvalues").get(0)).hasSize(2);
    }

    @Test
    void nonFiniteNumbersAreNullAndOverflowIsReported() throws Exception {
        CliRun run = CliRun.of("simulate", "--hidden", "64", "--steps", "400", "--scale", "3");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("overflowStep").asInt()).isBetween(200, 240);
        assertThat(json.get("norms").get(399).isNull()).isTrue();
        assertThat(json.get("log10Norms").get(399).asDouble()).isGreaterThan(500);
        assertThat(json.get("gradWhNorm").isNull()).isTrue();
    }

    @Test
    void csvHasAHeaderAndOneRowPerStep() {
        CliRun run = CliRun.of("simulate", "--format", "csv", "--scale", "0.5", "--steps", "7");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).isEqualTo("k,norm,log10Norm,meanTanhPrime");
        assertThat(lines.get(1)).startsWith("1,1.234203404728965");
        assertThat(lines.get(7)).startsWith("7,");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--hidden 0            | '--hidden': must be an integer from 1 to 1024, got '0'",
                "--hidden 1025         | '--hidden': must be an integer from 1 to 1024",
                "--hidden 2.5          | '--hidden': must be an integer from 1 to 1024, got '2.5'",
                "--hidden lots         | '--hidden': must be an integer from 1 to 1024, got 'lots'",
                "--steps 10001         | '--steps': must be an integer from 1 to 10000",
                "--seed 4294967296     | '--seed': must be an integer from 0 to 4294967295",
                "--seed -1             | '--seed': must be an integer from 0 to 4294967295",
                "--scale 10.5          | '--scale': must be a number from 0 to 10",
                "--scale NaN           | '--scale': must be a number from 0 to 10, got 'NaN'",
                "--scale Infinity      | '--scale': must be a number from 0 to 10",
                "--scale 0x1p1         | '--scale': must be a number from 0 to 10",
                "--batch 65            | '--batch': must be an integer from 1 to 64",
                "--input-scale -0.1    | '--input-scale': must be a number from 0 to 10",
                "--max-norm 0          | '--max-norm': must be a number greater than 0",
                "--max-norm 1e400      | '--max-norm': must be a number greater than 0",
                "--init normal         | '--init': expected one of randn|rand, got 'normal'",
                "--scale-mode radius   | '--scale-mode': expected one of raw|spectral",
                "--mode gru            | '--mode': expected one of matmul|tanh|lstm",
                "--format xml          | '--format'",
                "--hidden              | missing value for option '--hidden': must be an integer from 1 to 1024",
                "--scale               | missing value for option '--scale': must be a number from 0 to 10",
                "--colour red          | Unknown options: '--colour'",
            })
    void badArgumentsExitWithTwoAndOneLineNamingTheOptionAndItsRange(String args, String message) {
        String[] argv = ("simulate " + args).trim().split(" +");
        CliRun run = CliRun.of(argv);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpListsEveryOptionWithItsRange() {
        CliRun run = CliRun.of("simulate", "--help");
        assertThat(run.status()).isZero();
        for (String option : List.of(
                "--hidden",
                "--steps",
                "--seed",
                "--scale",
                "--init",
                "--scale-mode",
                "--mode",
                "--batch",
                "--input-scale",
                "--max-norm",
                "--format")) {
            assertThat(run.out()).contains(option);
        }
        assertThat(run.out()).contains("1 to 1024").contains("0 to 4294967295");
    }

    @Test
    void withNoCommandTheWindowOpens() {
        CliRun run = CliRun.of();
        assertThat(run.status()).isZero();
        assertThat(run.windowsOpened()).isEqualTo(1);
    }
}
