package org.rnngradientlab.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflows, which cannot run here: they must be valid YAML, build on every system the classrooms
 * use, and call only scripts that exist in the repository (the same scripts {@code .ci/run} runs for Linux).
 */
class ReleaseWorkflowTest {

    private static final Path WORKFLOWS = Path.of(".github", "workflows");
    private static final Pattern SCRIPT = Pattern.compile("scripts/[A-Za-z0-9_.-]+");

    @Test
    void releaseBuildsTestsPackagesAndSmokeTestsOnEverySystem() throws IOException {
        JsonNode release = read("release.yml");

        assertThat(release.at("/on/push/tags").toString()).contains("v*");
        JsonNode build = release.at("/jobs/build");
        List<String> systems = new ArrayList<>();
        build.at("/strategy/matrix/include")
                .forEach(entry -> systems.add(entry.get("os").asText()));
        assertThat(systems)
                .containsExactlyInAnyOrder(
                        "ubuntu-latest", "ubuntu-24.04-arm", "windows-latest", "macos-13", "macos-latest");
        List<String> platforms = new ArrayList<>();
        build.at("/strategy/matrix/include")
                .forEach(entry -> platforms.add(entry.get("platform").asText()));
        assertThat(platforms).containsExactlyInAnyOrder("linux", "linux-aarch64", "win", "mac", "mac-aarch64");

        String runs = runCommands(build);
        assertThat(runs)
                .contains("-Pplatforms verify")
                .contains("-Ppackage -DskipTests package")
                .contains("scripts/smoke_test.sh java -jar")
                .contains("scripts/smoke_test_installer.sh")
                .contains("scripts/collect_release.sh");
        assertThat(runCommands(release.at("/jobs/publish"))).contains("scripts/publish_release.sh");
        assertThat(release.at("/jobs/publish/permissions/contents").asText()).isEqualTo("write");
    }

    @Test
    void ciVerifiesEveryPushOnTheThreeSystems() throws IOException {
        JsonNode ci = read("ci.yml");

        assertThat(ci.get("on").has("push")).isTrue();
        List<String> systems = new ArrayList<>();
        ci.at("/jobs/verify/strategy/matrix/os").forEach(os -> systems.add(os.asText()));
        assertThat(systems).containsExactlyInAnyOrder("ubuntu-latest", "windows-latest", "macos-latest");
        assertThat(runCommands(ci.at("/jobs/verify"))).contains("-B -ntp verify");
    }

    @Test
    void workflowsCallOnlyScriptsThatExist() throws IOException {
        List<String> scripts = new ArrayList<>();
        for (String workflow : List.of("release.yml", "ci.yml")) {
            JsonNode jobs = read(workflow).get("jobs");
            jobs.forEach(job -> {
                Matcher script = SCRIPT.matcher(runCommands(job));
                while (script.find()) {
                    scripts.add(script.group());
                }
            });
        }
        assertThat(scripts).isNotEmpty().allSatisfy(script -> assertThat(Path.of(script))
                .isRegularFile());
    }

    /** Every step's {@code run} of a job, one per line. */
    private static String runCommands(JsonNode job) {
        StringBuilder runs = new StringBuilder();
        job.path("steps").forEach(step -> runs.append(step.path("run").asText()).append('\n'));
        return runs.toString();
    }

    private static JsonNode read(String workflow) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOWS.resolve(workflow)));
    }
}
