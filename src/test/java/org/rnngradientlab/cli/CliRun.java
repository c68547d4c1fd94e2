package org.rnngradientlab.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;

/** One invocation of the command line with its output captured. */
record CliRun(int status, String out, String err, int windowsOpened) {

    static CliRun of(String... args) {
        return with(
                request -> {
                    throw new AssertionError("no chart expected");
                },
                args);
    }

    static CliRun with(ChartRenderer renderer, String... args) {
        AtomicInteger windows = new AtomicInteger();
        CommandLine commandLine = Cli.commandLine(lesson -> windows.incrementAndGet(), renderer);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = Cli.execute(commandLine, args);
        return new CliRun(status, out.toString(), err.toString(), windows.get());
    }

    /** A run whose standard output is {@code stdout}, as {@link Cli#run} sets it up for the process. */
    static CliRun writingTo(OutputStream stdout, String... args) {
        AtomicInteger windows = new AtomicInteger();
        CommandLine commandLine = Cli.commandLine(lesson -> windows.incrementAndGet(), request -> {});
        StringWriter err = new StringWriter();
        commandLine.setOut(StandardStream.over(stdout));
        commandLine.setErr(new PrintWriter(err));
        int status = Cli.execute(commandLine, args);
        return new CliRun(status, "", err.toString(), windows.get());
    }
}
