package org.rnngradientlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.io.RunCsv;
import org.rnngradientlab.io.RunJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simulate}: one run, printed as JSON or CSV. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 110,
        description = {
            "Runs the backward pass once and prints every quantity of it.",
            "With no options: the book's experiment (ch06/rnn_gradient_graph.py)."
        })
final class SimulateCommand implements Callable<Integer> {

    enum Format {
        json,
        csv
    }

    @Mixin
    SimulationOptions options;

    @Option(
            names = "--format",
            paramLabel = "json|csv",
            defaultValue = "json",
            description = "json: every quantity; csv: one row per step (k, norm, log10Norm, meanTanhPrime). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BackpropRun run = new GradientSimulator().run(options.toParams());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            RunJson.write(run, out);
        } else {
            RunCsv.write(run, out);
        }
        return 0;
    }
}
