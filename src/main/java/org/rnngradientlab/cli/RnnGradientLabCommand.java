package org.rnngradientlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level command: with no sub-command it opens the window. */
@Command(
        name = "rnn-gradient-lab",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 110,
        versionProvider = Cli.Version.class,
        description = {
            "See why plain RNNs cannot learn long-range dependencies: gradients vanish or explode as backprop",
            "through time multiplies them by Wh^T once per step. With no command, opens the window."
        },
        subcommands = {SimulateCommand.class, BenchCommand.class})
final class RnnGradientLabCommand implements Callable<Integer> {

    private final WindowOpener window;

    RnnGradientLabCommand(WindowOpener window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        window.open();
        return 0;
    }
}
