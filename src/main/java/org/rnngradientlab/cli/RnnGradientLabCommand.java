package org.rnngradientlab.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
        subcommands = {SimulateCommand.class, SweepCommand.class, BenchCommand.class})
final class RnnGradientLabCommand implements Callable<Integer> {

    @Option(names = "--open", paramLabel = "LESSON.json", description = "Opens the window with this lesson file.")
    Path lesson;

    @Parameters(
            arity = "0..1",
            paramLabel = "LESSON.json",
            description = "The same as --open (how the desktop passes a double-clicked file).")
    Path lessonArgument;

    private final WindowOpener window;

    RnnGradientLabCommand(WindowOpener window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        window.open(lesson != null ? lesson : lessonArgument);
        return 0;
    }
}
