package org.rnngradientlab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnngradientlab.app.viewmodel.ChartContent;
import org.rnngradientlab.cli.Cli;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;
import picocli.CommandLine;

/**
 * {@code export} on the real renderer, with no display: the PNG a teacher scripts for a slide, drawing what
 * the lesson holds (its ghosts, its overlays, its language), compared pixel by pixel.
 */
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
    void exportsAreLightByDefaultAndDarkWhenAsked() throws Exception {
        Path light = folder.resolve("light.png");
        Path dark = folder.resolve("dark.png");
        assertThat(run("export", "--out", light.toString(), "--pixel-ratio", "1"))
                .isZero();
        assertThat(run("export", "--out", dark.toString(), "--pixel-ratio", "1", "--theme", "dark"))
                .isZero();
        assertThat(backgroundOf(ImageIO.read(light.toFile())))
                .as("white, for slides")
                .isEqualTo(0xffffff);
        assertThat(backgroundOf(ImageIO.read(dark.toFile())))
                .as("the dark theme's -lab-background")
                .isEqualTo(0x14171d);
    }

    /** The colour of the margin around the chart. */
    static int backgroundOf(BufferedImage image) {
        return image.getRGB(2, 2) & 0xffffff;
    }

    @Test
    void anLstmLessonIsExportedWithItsTanhRnnBesideIt() {
        SimulationParams lstm = SimulationParams.BOOK
                .with(Parameter.HIDDEN, 8)
                .with(Parameter.STEPS, 30)
                .with(ChoiceParameter.MODE, BackpropMode.LSTM)
                .with(Parameter.FORGET_BIAS, 3);
        ChartContent content = HeadlessChartRenderer.contentOf(
                new Lesson(lstm, List.of(), new Lesson.Overlays(true, false, true, true), "en"));
        assertThat(content.run().params()).isEqualTo(lstm);
        assertThat(content.rnn()).isNotNull();
        assertThat(content.rnn().params()).isEqualTo(lstm.with(ChoiceParameter.MODE, BackpropMode.TANH));
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

    @Test
    void aLessonsGhostsAreDrawnWhereTheWindowDrawsThem() throws Exception {
        SimulationParams book = SimulationParams.BOOK;
        List<SimulationParams> ghosts = List.of(book.with(Parameter.SCALE, 0.5), book.with(Parameter.SCALE, 1.5));
        BufferedImage without = exportLesson(new Lesson(book, List.of(), Lesson.Overlays.DEFAULT, "en"));
        BufferedImage with = exportLesson(new Lesson(book, ghosts, Lesson.Overlays.DEFAULT, "en"));
        BufferedImage hidden =
                exportLesson(new Lesson(book, ghosts, new Lesson.Overlays(true, false, true, false), "en"));
        assertThat(differingPixels(without, with))
                .as("the ghosts and their legend")
                .isGreaterThan(2000);
        assertThat(differingPixels(without, hidden))
                .as("ghosts switched off are not drawn")
                .isZero();
    }

    @Test
    void aLessonsOverlaysAreDrawnAsItChoseThem() throws Exception {
        SimulationParams book = SimulationParams.BOOK;
        BufferedImage none =
                exportLesson(new Lesson(book, List.of(), new Lesson.Overlays(false, false, false, true), "en"));
        BufferedImage clipping =
                exportLesson(new Lesson(book, List.of(), new Lesson.Overlays(false, true, false, true), "en"));
        BufferedImage asymptote =
                exportLesson(new Lesson(book, List.of(), new Lesson.Overlays(true, false, false, true), "en"));
        assertThat(differingPixels(none, clipping))
                .as("the clipping threshold and its legend")
                .isGreaterThan(2000);
        assertThat(differingPixels(none, asymptote)).as("ρ(Wh)^k").isGreaterThan(500);
    }

    @Test
    void aLessonInKoreanIsDrawnInKorean() throws Exception {
        SimulationParams book = SimulationParams.BOOK;
        BufferedImage english = exportLesson(new Lesson(book, List.of(), Lesson.Overlays.DEFAULT, "en"));
        BufferedImage korean = exportLesson(new Lesson(book, List.of(), Lesson.Overlays.DEFAULT, "ko"));
        assertThat(differingPixels(english, korean)).isGreaterThan(500);
    }

    private int exports;

    private BufferedImage exportLesson(Lesson lesson) throws Exception {
        exports++;
        Path file = folder.resolve("lesson-" + exports + ".json");
        LessonFile.write(lesson, file);
        Path png = folder.resolve("slide-" + exports + ".png");
        assertThat(run("export", "--lesson", file.toString(), "--out", png.toString(), "--pixel-ratio", "1"))
                .isZero();
        return ImageIO.read(png.toFile());
    }

    private static long differingPixels(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static int run(String... args) {
        CommandLine commandLine = Cli.commandLine(lesson -> {}, new HeadlessChartRenderer());
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        return commandLine.execute(args);
    }
}
