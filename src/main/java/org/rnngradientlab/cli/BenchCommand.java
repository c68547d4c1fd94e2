package org.rnngradientlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.Progress;
import org.rnngradientlab.core.RecurrentWeights;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.Spectrum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: median wall-clock milliseconds, in this process and after warm-up, of
 *
 * <ul>
 *   <li>{@code backprop}: a whole run of the loop (W0 and X drawn, forward and backward pass, dWh) with
 *       nothing remembered from earlier runs;
 *   <li>{@code spectrum}: the eigen- and singular values of an H×H W0 (and which solver computed them:
 *       native LAPACK, or EJML where it cannot load or {@code -Drnngradientlab.spectrum=java} asks for it);
 *   <li>{@code rescale}: a scale-only change in matmul mode, where nothing but O(T + H) work remains.
 * </ul>
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 110,
        description = "Measures backprop, spectrum and rescale times (median ms after warm-up).")
final class BenchCommand implements Callable<Integer> {

    enum Format {
        json,
        text
    }

    @Mixin
    SimulationOptions options;

    @Option(
            names = "--format",
            paramLabel = "json|text",
            defaultValue = "json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            defaultValue = "2",
            converter = Seconds.class,
            description = "Time to spend measuring each quantity, after warm-up, a number from 0.01 to 600 "
                    + "(default: ${DEFAULT-VALUE}).")
    double seconds;

    enum Measurement {
        backprop,
        spectrum,
        rescale
    }

    @Option(
            names = "--measure",
            paramLabel = "WHAT",
            split = ",",
            defaultValue = "backprop,spectrum,rescale",
            description = "What to measure: any of backprop, spectrum, rescale (default: all).")
    EnumSet<Measurement> measure;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SimulationParams params = options.toParams();
        Map<Measurement, Timing> timings = new EnumMap<>(Measurement.class);
        if (measure.contains(Measurement.backprop)) {
            timings.put(Measurement.backprop, measure(() -> {
                GradientSimulator fresh = new GradientSimulator();
                fresh.runNorms(params, Progress.NONE);
                fresh.gradientClip(params, Progress.NONE);
            }));
        }
        if (measure.contains(Measurement.spectrum)) {
            timings.put(Measurement.spectrum, measure(() -> RecurrentWeights.draw(params)
                    .spectrum()));
        }
        if (measure.contains(Measurement.rescale)) {
            SimulationParams matmul = params.with(ChoiceParameter.MODE, BackpropMode.MATMUL);
            GradientSimulator cached = new GradientSimulator();
            cached.runNorms(matmul, Progress.NONE);
            cached.spectrum(matmul);
            double[] scales = {0.5, 0.9, 1.0, 1.1, 2.0};
            int[] next = {0};
            timings.put(
                    Measurement.rescale,
                    measure(() -> cached.runNorms(
                            matmul.with(Parameter.SCALE, scales[next[0]++ % scales.length]), Progress.NONE)));
        }

        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            timings.forEach((what, timing) -> root.set(what.name(), timing.toJson(mapper)));
            if (timings.containsKey(Measurement.spectrum)) {
                ((ObjectNode) root.get(Measurement.spectrum.name())).put("solver", Spectrum.solverDescription());
            }
            out.println(root.toPrettyString());
        } else {
            out.printf(
                    Locale.ROOT,
                    "H %d, T %d, N %d, %s%n",
                    params.hidden(),
                    params.steps(),
                    params.batch(),
                    params.mode().id());
            timings.forEach((what, timing) ->
                    out.printf(Locale.ROOT, "%-9s %10.3f ms (median of %d)%n", what, timing.medianMs(), timing.runs()));
            if (timings.containsKey(Measurement.spectrum)) {
                out.printf(Locale.ROOT, "spectrum solver: %s%n", Spectrum.solverDescription());
            }
        }
        out.flush();
        return 0;
    }

    static final class Seconds extends SimulationOptions.Decimals {
        Seconds() {
            super(0.01, 600);
        }
    }

    private record Timing(double medianMs, int runs) {
        ObjectNode toJson(ObjectMapper mapper) {
            return mapper.createObjectNode().put("medianMs", medianMs).put("runs", runs);
        }
    }

    /** Warms up for a third of the budget (at least twice), then times runs for the rest (at least 5). */
    private Timing measure(Runnable task) {
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9 / 3);
        for (int i = 0; i < 2 || System.nanoTime() < warmUntil; i++) {
            task.run();
        }
        double[] times = new double[1 << 16];
        int runs = 0;
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (runs < times.length && (runs < 5 || System.nanoTime() < until)) {
            long start = System.nanoTime();
            task.run();
            times[runs++] = (System.nanoTime() - start) / 1e6;
        }
        double[] measured = Arrays.copyOf(times, runs);
        Arrays.sort(measured);
        double median = runs % 2 == 1 ? measured[runs / 2] : (measured[runs / 2 - 1] + measured[runs / 2]) / 2;
        return new Timing(median, runs);
    }
}
