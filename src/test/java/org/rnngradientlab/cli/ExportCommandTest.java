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
        assertThat(request.theme()).as("slides are white: light unless asked").isEqualTo("light");
        assertThat(run.out()).contains("1920 × 1080 px");
    }

    @ParameterizedTest
    @CsvSource({"dark", "projector", "light"})
    void theThemeAskedForIsPassedToTheRenderer(String theme) {
        List<ChartRenderer.Request> requests = new ArrayList<>();
        CliRun run = CliRun.with(requests::add, "export", "--out", "slide.png", "--theme", theme);
        assertThat(run.status()).isZero();
        assertThat(requests)
                .singleElement()
                .extracting(ChartRenderer.Request::theme)
                .isEqualTo(theme);
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
                "--out a.png --theme blue      | '--theme': expected one of light|dark|projector, got 'blue'",
                "--out a.png --theme window    | '--theme': expected one of light|dark|projector",
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

    @ParameterizedTest
    @CsvSource({"4000, 4000, 3, 2.89", "4000, 4000, 4, 2.89", "4000, 2098, 4, 3.99"})
    void aSizeThatCannotBeDrawnIsRefusedBeforeDrawingWithTheLargestRatioNamed(
            int width, int height, String ratio, String largest) {
        List<ChartRenderer.Request> requests = new ArrayList<>();
        CliRun run = CliRun.with(
                requests::add,
                "export",
                "--out",
                "big.png",
                "--width",
                Integer.toString(width),
                "--height",
                Integer.toString(height),
                "--pixel-ratio",
                ratio);
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(requests).isEmpty();
        assertThat(run.err())
                .contains("the largest --pixel-ratio at this size is " + largest)
                .hasLineCount(1);
        double at = Double.parseDouble(largest);
        assertThat(Math.round(width * at) * Math.round(height * at)).isLessThanOrEqualTo(ChartRenderer.MAX_PIXELS);
        assertThat(Math.round(width * (at + 0.01)) * Math.round(height * (at + 0.01)))
                .isGreaterThan(ChartRenderer.MAX_PIXELS);
    }

    @Test
    void theLargestSizeThatCanBeDrawnIsAccepted() {
        List<ChartRenderer.Request> requests = new ArrayList<>();
        CliRun run = CliRun.with(
                requests::add,
                "export",
                "--out",
                "big.png",
                "--width",
                "4000",
                "--height",
                "2097",
                "--pixel-ratio",
                "4");
        assertThat(run.status()).isZero();
        assertThat(requests).hasSize(1);
    }
}
