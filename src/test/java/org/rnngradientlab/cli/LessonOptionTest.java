package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;

/** {@code --lesson} for simulate and export, and {@code --open} for the window. */
class LessonOptionTest {

    @TempDir
    Path folder;

    private Path lesson() throws Exception {
        Path file = folder.resolve("lesson.json");
        LessonFile.write(
                new Lesson(
                        SimulationParams.BOOK
                                .with(Parameter.HIDDEN, 7)
                                .with(Parameter.SCALE, 0.5)
                                .with(ChoiceParameter.MODE, BackpropMode.TANH),
                        List.of(SimulationParams.BOOK),
                        new Lesson.Overlays(false, true, true, true),
                        "ko"),
                file);
        return file;
    }

    @Test
    void simulateStartsFromTheLessonAndTheGivenOptionsOverrideIt() throws Exception {
        CliRun run = CliRun.of("simulate", "--lesson", lesson().toString(), "--scale", "0.9");
        assertThat(run.status()).isZero();
        JsonNode params = new ObjectMapper().readTree(run.out()).get("params");
        assertThat(params.get("hidden").asInt()).isEqualTo(7);
        assertThat(params.get("mode").asText()).isEqualTo("tanh");
        assertThat(params.get("scale").asDouble()).isEqualTo(0.9);
    }

    @Test
    void exportDrawsTheLessonsPinsOverlaysAndLanguage() throws Exception {
        List<ChartRenderer.Request> requests = new ArrayList<>();
        CliRun run = CliRun.with(requests::add, "export", "--lesson", lesson().toString(), "--out", "x.png");
        assertThat(run.status()).isZero();
        ChartRenderer.Request request = requests.get(0);
        assertThat(request.pins()).containsExactly(SimulationParams.BOOK);
        assertThat(request.overlays().clipping()).isTrue();
        assertThat(request.overlays().asymptote()).isFalse();
        assertThat(request.language()).isEqualTo("ko");
    }

    @Test
    void aBrokenLessonExitsWithTwoAndOneLineNamingTheFileAndTheProblem() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(
                file,
                LessonFile.format(new Lesson(SimulationParams.BOOK, List.of(), Lesson.Overlays.DEFAULT, "en"))
                        .replace("\"hidden\" : 3", "\"hidden\" : 5000"));
        CliRun run = CliRun.of("simulate", "--lesson", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("broken.json").contains("\"params.hidden\" must be an integer from 1 to 1024");
        CliRun missing =
                CliRun.of("simulate", "--lesson", folder.resolve("gone.json").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("gone.json").contains("no such file");
    }

    @Test
    void openStartsTheWindowWithTheLesson() throws Exception {
        List<Path> opened = new ArrayList<>();
        Path file = lesson();
        int status = Cli.commandLine(opened::add, request -> {}).execute("--open", file.toString());
        assertThat(status).isZero();
        assertThat(opened).containsExactly(file);
    }
}
