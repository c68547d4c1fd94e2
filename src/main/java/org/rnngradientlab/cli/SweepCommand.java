package org.rnngradientlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.Progress;
import org.rnngradientlab.core.ScaleSweep;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.SweepOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sweep}: the measured growth factor across a range of scales, and where it crosses 1. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 110,
        description = {
            "Measures the growth factor g of the gradient per step (10^slope of log10 ||dh|| over the last three",
            "quarters of the steps) at evenly spaced scales, and the critical scale where g crosses 1."
        })
final class SweepCommand implements Callable<Integer> {

    enum Format {
        json,
        csv
    }

    @Mixin
    SimulationOptions options;

    @Option(
            names = "--from",
            paramLabel = "A",
            required = true,
            converter = ScaleValue.class,
            description = "The first scale, a number from 0 to 10, below --to.")
    double from;

    @Option(
            names = "--to",
            paramLabel = "B",
            required = true,
            converter = ScaleValue.class,
            description = "The last scale, a number from 0 to 10, above --from.")
    double to;

    @Option(
            names = "--points",
            paramLabel = "P",
            defaultValue = "101",
            converter = Points.class,
            description = "How many scales, an integer from 2 to 2001 (default: ${DEFAULT-VALUE}).")
    int points;

    @Option(
            names = "--seeds",
            paramLabel = "K",
            defaultValue = "1",
            converter = Seeds.class,
            description = "How many seeds, from --seed on, an integer from 1 to 64 (default: ${DEFAULT-VALUE}); "
                    + "with more than one, g is their geometric mean.")
    int seeds;

    @Option(
            names = "--format",
            paramLabel = "json|csv",
            defaultValue = "json",
            description = "json: scales, growth, critical (and growthBySeed); csv: one row per scale "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (options.given(Parameter.SCALE.flag())) {
            throw new ParameterException(
                    spec.commandLine(), "--scale is what sweep varies: give --from and --to instead");
        }
        if (!(from < to)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--to': must be above --from (" + from + "), got " + to);
        }
        SimulationParams params = options.toParams();
        if (params.seed() + seeds - 1 > Parameter.SEED.max()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--seeds': seeds from " + params.seed() + " on may be at most "
                            + (long) (Parameter.SEED.max() - params.seed() + 1) + ", got " + seeds);
        }
        ScaleSweep sweep = ScaleSweep.run(new GradientSimulator(), params, from, to, points, seeds, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            SweepOutput.writeJson(sweep, out);
        } else {
            SweepOutput.writeCsv(sweep, out);
        }
        return 0;
    }

    static final class ScaleValue extends SimulationOptions.NumberConverter<Double> {
        ScaleValue() {
            super(Parameter.SCALE);
        }

        @Override
        Double cast(double value) {
            return value;
        }
    }

    static final class Points extends SimulationOptions.Integers {
        Points() {
            super(2, ScaleSweep.MAX_POINTS);
        }
    }

    static final class Seeds extends SimulationOptions.Integers {
        Seeds() {
            super(1, ScaleSweep.MAX_SEEDS);
        }
    }
}
