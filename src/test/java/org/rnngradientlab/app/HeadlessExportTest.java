package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnngradientlab.app.export.HeadlessChartRenderer;
import org.rnngradientlab.cli.Cli;
import picocli.CommandLine;

/** {@code export} on the real renderer, with no display: the PNG a teacher scripts for a slide. */
@Tag("ui")
class HeadlessExportTest {

    @TempDir
    Path folder;

    @Test
    void writesTheChartAtTheAskedPixelSize() throws Exception {
        Path png = folder.resolve("slide.png");
        int status = run(
                "export",
                "--out",
                png.toString(),
                "--width",
                "500",
                "--height",
                "300",
                "--pixel-ratio",
                "2",
                "--hidden",
                "16",
                "--steps",
                "60",
                "--mode",
                "tanh");
        assertThat(status).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
    }

    @Test
    void aFailedWriteExitsWithOneAndLeavesNothingBehind() throws Exception {
        Path png = folder.resolve("slide.png");
        Files.writeString(png, "last week's slide");
        int status = run(
                "export", "--out", folder.resolve("no-such-folder/slide.png").toString());
        assertThat(status).isEqualTo(1);
        assertThat(Files.readString(png)).isEqualTo("last week's slide");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(png);
        }
    }

    private static int run(String... args) {
        CommandLine commandLine = Cli.commandLine(lesson -> {}, new HeadlessChartRenderer());
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }
}
