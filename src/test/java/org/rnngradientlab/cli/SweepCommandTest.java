package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sweep}: the growth factor over a range of scales, and the critical scale. */
class SweepCommandTest {

    @Test
    void printsTheScalesTheirGrowthAndTheCriticalScale() throws Exception {
        CliRun run = CliRun.of("sweep", "--from", "0.1", "--to", "3", "--points", "30");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("params", "scales", "growth", "critical");
        assertThat(json.get("scales")).hasSize(30);
        assertThat(json.get("scales").get(29).asDouble()).isEqualTo(3.0);
        // matmul mode: g is exactly proportional to the scale, and crosses 1 at 1/ρ-like 0.797 for the book's W0
        assertThat(json.get("growth").get(0).asDouble() * 30)
                .isCloseTo(json.get("growth").get(29).asDouble(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(json.get("critical").asDouble()).isBetween(0.79, 0.80);
    }

    @Test
    void withSeveralSeedsGivesEachSeedsGrowthAndTheirGeometricMean() throws Exception {
        CliRun run = CliRun.of("sweep", "--from", "0.2", "--to", "1", "--points", "5", "--seeds", "3");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("seeds").toString()).isEqualTo("[3,4,5]");
        assertThat(json.get("growthBySeed")).hasSize(3);
        for (int j = 0; j < 5; j++) {
            double product = 1;
            for (JsonNode seed : json.get("growthBySeed")) {
                product *= seed.get(j).asDouble();
            }
            assertThat(json.get("growth").get(j).asDouble())
                    .isCloseTo(Math.cbrt(product), org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void csvHasOneRowPerScale() {
        CliRun run = CliRun.of("sweep", "--from", "0", "--to", "1", "--points", "3", "--format", "csv");
        assertThat(run.out().lines())
                .containsExactly("scale,growth", "0.0,0.0", "0.5,0.6278549350839058", "1.0,1.2557098701678115");
    }

    @Test
    void aCriticalScaleOutsideTheRangeIsNull() throws Exception {
        CliRun run = CliRun.of("sweep", "--from", "0.1", "--to", "0.5", "--points", "4");
        assertThat(new ObjectMapper().readTree(run.out()).get("critical").isNull())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--from 2 --to 1|'--to': must be above --from",
                "--from 1 --to 1|'--to': must be above --from",
                "--from -1 --to 1|'--from': must be a number from 0 to 10, got '-1'",
                "--from 0 --to 11|'--to': must be a number from 0 to 10, got '11'",
                "--from 0 --to 1 --points 1|'--points': must be an integer from 2 to 2001, got '1'",
                "--from 0 --to 1 --points 2002|'--points': must be an integer from 2 to 2001",
                "--from 0 --to 1 --seeds 65|'--seeds': must be an integer from 1 to 64, got '65'",
                "--from 0 --to 1 --seeds 2 --seed 4294967295|'--seeds': seeds from 4294967295 on may be at most 1",
                "--from 0 --to 1 --scale 2|--scale is what sweep varies",
                "--to 1|--from",
            })
    void badValuesExitWithTwoAndOneLine(String args, String message) {
        CliRun run = CliRun.of(("sweep " + args).split(" "));
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("sweep: ").contains(message);
        assertThat(run.out()).isEmpty();
    }
}
