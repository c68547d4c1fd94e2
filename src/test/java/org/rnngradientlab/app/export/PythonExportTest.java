package org.rnngradientlab.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.NumberText;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.WeightInit;

/**
 * "Export as Python" reproduces the run: the script is run with this machine's python3 and numpy, and its
 * norms are compared with the app's. Skipped, saying why, where python3 or numpy is missing.
 */
class PythonExportTest {

    private static String python;

    @TempDir
    Path folder;

    @BeforeAll
    static void findPython() {
        python = Stream.of("python3", "python")
                .filter(PythonExportTest::hasNumpy)
                .findFirst()
                .orElse(null);
    }

    static Stream<SimulationParams> runs() {
        return Stream.of(
                SimulationParams.BOOK,
                SimulationParams.BOOK.with(Parameter.SCALE, 0.5),
                SimulationParams.BOOK
                        .with(Parameter.HIDDEN, 16)
                        .with(Parameter.STEPS, 60)
                        .with(ChoiceParameter.MODE, BackpropMode.TANH)
                        .with(Parameter.INPUT_SCALE, 4)
                        .with(Parameter.SCALE, 0.5),
                SimulationParams.BOOK
                        .with(Parameter.HIDDEN, 24)
                        .with(Parameter.STEPS, 40)
                        .with(ChoiceParameter.INIT, WeightInit.RAND)
                        .with(ChoiceParameter.SCALE_MODE, ScaleMode.SPECTRAL)
                        .with(Parameter.SCALE, 0.9)
                        .with(Parameter.SEED, 4294967295L)
                        .with(Parameter.BATCH, 3),
                SimulationParams.BOOK
                        .with(Parameter.HIDDEN, 1)
                        .with(Parameter.STEPS, 30)
                        .with(Parameter.SEED, 0),
                SimulationParams.BOOK
                        .with(ChoiceParameter.SCALE_MODE, ScaleMode.GAIN)
                        .with(ChoiceParameter.MODE, BackpropMode.TANH)
                        .with(Parameter.HIDDEN, 20)
                        .with(Parameter.SCALE, 1.2),
                SimulationParams.BOOK
                        .with(ChoiceParameter.MODE, BackpropMode.LSTM)
                        .with(Parameter.FORGET_BIAS, 3)
                        .with(Parameter.STEPS, 50),
                SimulationParams.BOOK
                        .with(ChoiceParameter.MODE, BackpropMode.LSTM)
                        .with(ChoiceParameter.INIT, WeightInit.RAND)
                        .with(ChoiceParameter.SCALE_MODE, ScaleMode.SPECTRAL)
                        .with(Parameter.HIDDEN, 12)
                        .with(Parameter.SCALE, 0.9)
                        .with(Parameter.FORGET_BIAS, 1)
                        .with(Parameter.BATCH, 3));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void theExportedScriptPrintsTheAppsNorms(SimulationParams params) throws Exception {
        assumeTrue(python != null, "python3 with numpy is not installed here; the exported script was not run");
        for (Locale language : List.of(Locale.ENGLISH, Locale.KOREAN)) {
            Messages messages = new Messages(Resources.messages(language), new NumberText(Locale.ROOT));
            Path script = folder.resolve("run_" + language + ".py");
            Files.writeString(script, PythonScript.of(params, messages), StandardCharsets.UTF_8);
            double[] fromPython = runAndReadNorms(script);
            BackpropRun run = new GradientSimulator().run(params);
            double[] fromApp = run.norms().norms();
            assertThat(fromPython).hasSameSizeAs(fromApp);
            for (int i = 0; i < fromApp.length; i++) {
                if (Double.isFinite(fromApp[i])) {
                    assertThat(fromPython[i]).as("k=%d", i + 1).isCloseTo(fromApp[i], within(1e-12 * fromApp[i]));
                }
            }
        }
    }

    private static double[] runAndReadNorms(Path script) throws IOException, InterruptedException {
        String wrapper = "import runpy, json, math\n"
                + "g = runpy.run_path(" + json(script.toString()) + ")\n"
                + "print(json.dumps([x if math.isfinite(x) else None for x in g['norm_list']]))\n";
        ProcessBuilder builder = new ProcessBuilder(python, "-c", wrapper).redirectErrorStream(false);
        builder.environment().put("MPLBACKEND", "Agg");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();
        String[] lines = new String(out, StandardCharsets.UTF_8).strip().split("\n");
        JsonNode norms = new ObjectMapper().readTree(lines[lines.length - 1]);
        double[] values = new double[norms.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = norms.get(i).isNull() ? Double.NaN : norms.get(i).asDouble();
        }
        return values;
    }

    private static boolean hasNumpy(String command) {
        try {
            Process process = new ProcessBuilder(command, "-c", "import numpy").start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String json(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
