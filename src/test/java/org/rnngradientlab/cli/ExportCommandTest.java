package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportCommandTest {

    @Test
    void passesTheRunAndTheImageSizeToTheRendererAndSaysWhatItWrote() {
        List<ChartRenderer.Request> requests = new ArrayList<>();
        CliRun run = CliRun.with(
                requests::add,
                "export",
                "--out",
                "slide.png",
                "--width",
                "640",
                "--height",
                "360",
                "--pixel-ratio",
                "3",
                "--scale",
                "0.5",
                "--language",
                "ko");
        assertThat(run.status()).isZero();
        assertThat(requests).hasSize(1);
        ChartRenderer.Request request = requests.get(0);
        assertThat(request.out()).isEqualTo(Path.of("slide.png"));
        assertThat(request.params().scale()).isEqualTo(0.5);
        assertThat(request.width()).isEqualTo(640);
        assertThat(request.pixelRatio()).isEqualTo(3);
        assertThat(request.language()).isEqualTo("ko");
        assertThat(run.out()).contains("1920 × 1080 px");
    }

    @Test
    void aFailedWriteExitsWithOneAndOneLine() {
        CliRun run = CliRun.with(
                request -> {
                    throw new IOException("could not write /usb/slide.png: No space left on device");
                },
                "export",
                "--out",
                "/usb/slide.png");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("export: error: could not write /usb/slide.png: No space left on device");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--out a.png --width 100       | '--width': must be an integer from 200 to 4000",
                "--out a.png --height 5000     | '--height': must be an integer from 150 to 4000",
                "--out a.png --pixel-ratio 0.5 | '--pixel-ratio': must be a number from 1 to 4",
                "--out a.png --language de     | '--language': expected one of en|ko",
                "--out a.png --pixel-ratio     | missing value for option '--pixel-ratio': must be a number from 1 to 4",
                "--width 300                   | Missing required option: '--out=FILE.png'",
                "--out a.png --hidden 0        | '--hidden': must be an integer from 1 to 1024",
            })
    void badArgumentsExitWithTwoAndOneLine(String args, String message) {
        CliRun run = CliRun.of(("export " + args).trim().split(" +"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(message);
    }
}
