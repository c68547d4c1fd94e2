package org.rnngradientlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rnngradientlab.core.Quoting;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.LessonFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    @Option(
            names = "--open",
            paramLabel = "LESSON.json",
            description = "Opens the window with this lesson file (given once).")
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

    @Spec
    CommandSpec spec;

    /**
     * Opens the window, but only after the lesson, if one is given, has been read and found valid: a
     * mistyped command or a bad lesson ends with one line and status 2, with no window (and no display)
     * needed.
     */
    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (lesson != null && lessonArgument != null) {
            throw new ParameterException(
                    commandLine,
                    "give one lesson file, not both '" + Quoting.quote(lesson.toString()) + "' and '"
                            + Quoting.quote(lessonArgument.toString()) + "'");
        }
        if (lessonArgument != null) {
            String unknown = Commands.unknown(commandLine, lessonArgument.toString());
            if (unknown != null) {
                throw new ParameterException(commandLine, unknown);
            }
        }
        Path chosen = lesson != null ? lesson : lessonArgument;
        if (chosen != null) {
            try {
                LessonFile.read(chosen);
            } catch (IOException e) {
                throw new ParameterException(
                        commandLine,
                        "the lesson '" + Quoting.quote(chosen.toString()) + "' cannot be opened: "
                                + AtomicFiles.reason(e));
            }
        }
        window.open(chosen);
        return 0;
    }
}
