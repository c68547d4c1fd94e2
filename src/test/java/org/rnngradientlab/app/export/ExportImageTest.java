package org.rnngradientlab.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.NumberText;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.app.viewmodel.ChartContent;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Exported PNGs: exactly the asked pixel size at every ratio, with content, and never a partial file. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportImageTest {

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        Resources.loadFonts();
    }

    @ParameterizedTest
    @CsvSource({"800, 450, 1", "800, 450, 2", "640, 480, 3", "1280, 720, 2"})
    void writesAPngOfExactlyTheAskedPixelSize(int width, int height, double ratio, FxRobot robot) throws IOException {
        Path png = folder.resolve("chart.png");
        WritableImage image = render(robot, width, height, ratio);
        ChartImage.writePng(image, png);
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo((int) (width * ratio));
        assertThat(read.getHeight()).isEqualTo((int) (height * ratio));
        assertThat(distinctColours(read)).as("a drawn chart, not a blank image").isGreaterThan(20);
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(png);
        }
    }

    @Test
    void aFailedWriteLeavesNoPartialFileAndThePreviousOneIntact(FxRobot robot) throws IOException {
        Path png = folder.resolve("chart.png");
        Files.writeString(png, "previous");
        WritableImage image = render(robot, 400, 300, 1);
        assertThatThrownBy(() -> ChartImage.writePng(image, folder.resolve("missing-folder/chart.png")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(png)).isEqualTo("previous");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(png);
        }
    }

    private static WritableImage render(FxRobot robot, int width, int height, double ratio) {
        var run = new GradientSimulator().run(SimulationParams.BOOK);
        Messages messages = new Messages(Resources.messages(Locale.ENGLISH), new NumberText(Locale.ROOT));
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(ChartImage.render(
                new ChartContent(run, List.of(), true, false, true, true),
                messages,
                List.of(Resources.stylesheet("app.css")),
                ChartImage.caption(run, messages),
                width,
                height,
                ratio)));
        return image.get();
    }

    private static long distinctColours(BufferedImage image) {
        return IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()))
                .distinct()
                .count();
    }
}
