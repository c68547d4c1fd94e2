package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every size {@code export} accepts is drawn: the largest pixel ratio it names for 4000 × 4000 points (just
 * under {@link ChartRenderer#MAX_PIXELS}) writes a whole PNG of that size. Once such sizes failed inside
 * JavaFX ("Cannot invoke com.sun.prism.Image.getWidth()"). A child JVM, so that its heap is bounded and the
 * test's own JVM keeps its memory.
 */
class LargestExportTest {

    @Test
    void theLargestAcceptedSizeIsDrawnWhole(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("largest.png");
        Process process = new ProcessBuilder(List.of(
                        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                        "-Xmx3g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.rnngradientlab.app.Launcher",
                        "export",
                        "--out",
                        png.toString(),
                        "--width",
                        "4000",
                        "--height",
                        "4000",
                        "--pixel-ratio",
                        "2.89"))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(11560L * 11560L).isLessThanOrEqualTo(ChartRenderer.MAX_PIXELS);
        try (InputStream in = Files.newInputStream(png);
                DataInputStream data = new DataInputStream(in)) {
            byte[] signature = data.readNBytes(8);
            assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            data.readInt(); // the length of IHDR
            assertThat(new String(data.readNBytes(4), StandardCharsets.US_ASCII))
                    .isEqualTo("IHDR");
            assertThat(data.readInt()).as("width in px").isEqualTo(11560);
            assertThat(data.readInt()).as("height in px").isEqualTo(11560);
        }
        assertThat(Files.size(png)).as("a whole image, not a header").isGreaterThan(100_000);
    }
}
