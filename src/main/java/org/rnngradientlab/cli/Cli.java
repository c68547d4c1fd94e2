package org.rnngradientlab.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rnngradientlab.core.Quoting;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code simulate}, {@code bench}, and with no command the window. Errors are one line on
 * stderr: bad arguments exit with 2 and name the option and what it allows; failures while running exit
 * with 1. Never a stack trace.
 */
public final class Cli {

    /** Exit status for bad arguments. */
    public static final int USAGE = 2;
    /** Exit status for a failure while running, such as a file that cannot be written. */
    public static final int FAILURE = 1;

    private Cli() {}

    /**
     * Builds the command line; {@code window} opens the app when no sub-command is given, {@code renderer}
     * draws charts for {@code export}.
     */
    public static CommandLine commandLine(WindowOpener window, ChartRenderer renderer) {
        CommandLine commandLine = new CommandLine(new RnnGradientLabCommand(window));
        commandLine.addSubcommand("export", new ExportCommand(renderer));
        SimulationOptions.addParameterOptions(commandLine);
        commandLine.registerConverter(Path.class, Cli::path);
        commandLine.setParameterExceptionHandler(ONE_LINE_USAGE_ERROR);
        commandLine.setExecutionExceptionHandler(ONE_LINE_FAILURE);
        return commandLine;
    }

    /**
     * Runs {@code args} on this process's standard output and error (in UTF-8) and returns the exit status:
     * 1 if anything could not be written to standard output, whatever the command.
     */
    public static int run(WindowOpener window, ChartRenderer renderer, String... args) {
        CommandLine commandLine = commandLine(window, renderer);
        commandLine.setOut(StandardStream.over(new FileOutputStream(FileDescriptor.out)));
        commandLine.setErr(StandardStream.over(new FileOutputStream(FileDescriptor.err)));
        return execute(commandLine, args);
    }

    /**
     * Runs {@code args} and returns the exit status; a write to standard output that failed, even one that
     * {@link PrintWriter} swallowed, turns a success into 1 with one line naming standard output and the
     * reason.
     */
    static int execute(CommandLine commandLine, String... args) {
        int status = commandLine.execute(args);
        PrintWriter out = commandLine.getOut();
        out.flush();
        if (out.checkError() && status != USAGE) {
            String reason =
                    out instanceof StandardStream stream ? stream.failure().orElse("write error") : "write error";
            PrintWriter err = commandLine.getErr();
            err.println(commandName(commandLine) + ": error: could not write to standard output: " + reason);
            err.flush();
            return FAILURE;
        }
        return status;
    }

    /** The name of the sub-command that ran, or of the top-level command. */
    private static String commandName(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        if (parsed == null) {
            return commandLine.getCommandName();
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().name();
    }

    private static final IParameterExceptionHandler ONE_LINE_USAGE_ERROR = (ParameterException e, String[] args) -> {
        PrintWriter err = e.getCommandLine().getErr();
        String unknown =
                e instanceof UnmatchedArgumentException && e.getCommandLine().getParent() == null
                        ? Commands.unknownIn(e.getCommandLine(), args)
                        : null;
        err.println(e.getCommandLine().getCommandName() + ": " + (unknown != null ? unknown : withAllowedValues(e))
                + " (see --help)");
        err.flush();
        return USAGE;
    };

    private static final IExecutionExceptionHandler ONE_LINE_FAILURE =
            (Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) -> {
                if (e instanceof ParameterException p) {
                    return ONE_LINE_USAGE_ERROR.handleParseException(
                            p, parsed.originalArgs().toArray(String[]::new));
                }
                PrintWriter err = commandLine.getErr();
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                err.println(commandLine.getCommandName() + ": error: " + oneLine(message));
                err.flush();
                return FAILURE;
            };

    /** A file name; one that the system cannot use is refused with a message, not an exception's name. */
    private static Path path(String text) {
        try {
            if (!text.isBlank()) {
                return Path.of(text);
            }
        } catch (InvalidPathException e) {
            // reported below
        }
        throw new TypeConversionException("must be a file name, got '" + Quoting.quote(text) + "'");
    }

    /**
     * A message on one line: every value it quotes in single quotes shortened and made visible by
     * {@link Quoting#quote} (so a 100,000-character argument or one with a newline stays readable), then only
     * the first line (picocli adds its suggestions below).
     */
    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "invalid arguments";
        }
        Matcher quoted = QUOTED.matcher(message);
        StringBuilder shortened = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(shortened, Matcher.quoteReplacement("'" + Quoting.quote(quoted.group(1)) + "'"));
        }
        quoted.appendTail(shortened);
        return shortened.toString().lines().findFirst().orElse("invalid arguments");
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'", Pattern.DOTALL);

    /** Picocli's message, with the allowed values added where it names an option but not its range. */
    private static String withAllowedValues(ParameterException e) {
        String message = oneLine(e.getMessage());
        if (e instanceof MissingParameterException missing) {
            for (ArgSpec arg : missing.getMissing()) {
                if (arg instanceof OptionSpec option) {
                    for (ITypeConverter<?> converter : option.converters()) {
                        if (converter instanceof SimulationOptions.Described described) {
                            return "missing value for option '" + option.longestName() + "': must be "
                                    + described.allowed();
                        }
                    }
                }
            }
        }
        return message;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"RNN Gradient Lab " + (version == null ? "(development)" : version)};
        }
    }
}
