package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Large runs in a JVM with a small heap: the checkpointed backward pass keeps memory at O(√T·N·H), so they
 * complete where storing every hᵗ (T·N·H numbers) could not. A child JVM, so that its heap can be limited.
 */
class LargeRunMemoryTest {

    @Test
    void theLargestMatmulRunCompletesIn256Megabytes() throws Exception {
        // every h would take 10000 · 64 · 1024 · 8 bytes = 5.2 GB
        Result result = run("256m", "--hidden", "1024", "--steps", "10000", "--batch", "64", "--mode", "matmul");
        assertThat(result.status).as(result.err).isZero();
        assertThat(result.lines).hasSize(10_001);
    }

    @Test
    void aLongFullRnnRunWithTheLargestBatchCompletesIn96Megabytes() throws Exception {
        // every h would take 10000 · 64 · 256 · 8 bytes = 1.3 GB
        Result result = run("96m", "--hidden", "256", "--steps", "10000", "--batch", "64", "--mode", "tanh");
        assertThat(result.status).as(result.err).isZero();
        assertThat(result.lines).hasSize(10_001);
    }

    private record Result(int status, List<String> lines, String err) {}

    private static Result run(String heap, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                "org.rnngradientlab.app.Launcher",
                "simulate",
                "--format",
                "csv"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Result(
                process.exitValue(),
                new String(out, StandardCharsets.UTF_8).lines().toList(),
                err);
    }
}
