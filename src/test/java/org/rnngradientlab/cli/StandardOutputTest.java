package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever is written to standard output is checked to the end: a failed write is never a success. */
class StandardOutputTest {

    /** Standard output on a disk that fills after {@code room} bytes, as {@code > file} on a full disk. */
    static final class FullDisk extends OutputStream {
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        private final int room;

        FullDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written.size() + len > room) {
                throw new IOException("No space left on device");
            }
            written.write(b, off, len);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "csv"})
    void aFullDiskEndsWithStatusOneAndTheReasonNotZero(String format) {
        CliRun run = CliRun.writingTo(new FullDisk(20_000), "simulate", "--steps", "2000", "--format", format);
        assertThat(run.status()).isEqualTo(Cli.FAILURE);
        assertThat(run.err())
                .isEqualTo("simulate: error: could not write to standard output: No space left on device"
                        + System.lineSeparator());
    }

    @Test
    void aFailureOnTheLastFlushIsCaughtToo() {
        CliRun run = CliRun.writingTo(
                new OutputStream() {
                    @Override
                    public void write(int b) {}

                    @Override
                    public void flush() throws IOException {
                        throw new IOException("Input/output error");
                    }
                },
                "simulate",
                "--steps",
                "3");
        assertThat(run.status()).isEqualTo(Cli.FAILURE);
        assertThat(run.err()).contains("standard output: Input/output error");
    }

    @Test
    void helpThatCannotBeWrittenFailsToo() {
        CliRun run = CliRun.writingTo(new FullDisk(10), "--help");
        assertThat(run.status()).isEqualTo(Cli.FAILURE);
        assertThat(run.err()).contains("rnn-gradient-lab: error: could not write to standard output");
    }

    @Test
    void outputWithRoomIsWrittenWholeInUtf8() throws IOException {
        FullDisk roomy = new FullDisk(1 << 20);
        CliRun run = CliRun.writingTo(roomy, "simulate", "--steps", "3", "--format", "csv");
        assertThat(run.status()).isZero();
        assertThat(roomy.written.toString(StandardCharsets.UTF_8))
                .startsWith("k,norm")
                .hasLineCount(4);
    }

    /** The jar's own process, its standard output on /dev/full (where the system has it). */
    @ParameterizedTest
    @ValueSource(strings = {"json", "csv"})
    void theProcessExitsWithOneOnDevFull(String format) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full exists");
        Process process = launcher("simulate", "--format", format)
                .redirectOutput(new File("/dev/full"))
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(err.strip())
                .isEqualTo("simulate: error: could not write to standard output: No space left on device");
    }

    /** A message quoting another script reaches the terminal intact whatever the JVM's default charset. */
    @Test
    void messagesAreUtf8WhateverTheDefaultCharset() throws Exception {
        List<String> command =
                new ArrayList<>(launcher("simulate", "--hidden", "٣").command());
        command.add(1, "-Dfile.encoding=US-ASCII");
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(Cli.USAGE);
        assertThat(err).contains("got '٣'");
    }

    /** {@code java -cp <the tests' class path> Launcher args}, as the jar runs. */
    static ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.rnngradientlab.app.Launcher");
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
