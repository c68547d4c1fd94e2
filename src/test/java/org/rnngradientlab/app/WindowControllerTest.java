package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rnngradientlab.app.export.ExportTheme;
import org.rnngradientlab.app.window.Dialogs;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Export, copy and CSV through the dialogs: sizes, extensions, overwriting and failures. */
class WindowControllerTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @TempDir
    Path folder;

    @Test
    void exportChartWritesThePngAtTheChosenSizeAndRatioAddingTheExtension(FxRobot robot) throws Exception {
        awaitRun();
        window.dialogs.files.push(Optional.of(folder.resolve("slide")));
        robot.interact(window.controller.exports()::exportChart);
        BufferedImage image = ImageIO.read(folder.resolve("slide.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void aDarkWindowExportsALightChartUnlessAnotherLookIsChosenAndRemembersTheChoice(FxRobot robot) throws Exception {
        awaitRun();
        robot.interact(() -> window.controller.appearance().setDarkTheme(true));
        window.dialogs.files.push(Optional.of(folder.resolve("light.png")));
        robot.interact(window.controller.exports()::exportChart);
        assertThat(window.dialogs.exportAskedWith.theme()).isEqualTo(ExportTheme.LIGHT);
        assertThat(marginOf(folder.resolve("light.png")))
                .as("white, for slides")
                .isEqualTo(0xffffff);

        window.dialogs.exportOptions = Optional.of(new Dialogs.ExportOptions(640, 360, 1, ExportTheme.WINDOW));
        window.dialogs.files.push(Optional.of(folder.resolve("as-window.png")));
        robot.interact(window.controller.exports()::exportChart);
        assertThat(marginOf(folder.resolve("as-window.png")))
                .as("the dark theme")
                .isEqualTo(0x14171d);
        assertThat(window.settings.exportTheme).isEqualTo(ExportTheme.WINDOW);

        robot.interact(window.controller.exports()::exportChart);
        assertThat(window.dialogs.exportAskedWith.theme()).as("remembered").isEqualTo(ExportTheme.WINDOW);
    }

    @Test
    void theClipboardsCopyIsDrawnInTheExportLook(FxRobot robot) {
        awaitRun();
        robot.interact(() -> window.controller.appearance().setDarkTheme(true));
        robot.interact(window.controller.exports()::copyChart);
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard()
                                .getImage()
                                .getPixelReader()
                                .getArgb(2, 2)
                        & 0xffffff)
                .isEqualTo(0xffffff));
        window.settings.exportTheme = ExportTheme.DARK;
        robot.interact(window.controller.exports()::copyChart);
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard()
                                .getImage()
                                .getPixelReader()
                                .getArgb(2, 2)
                        & 0xffffff)
                .isEqualTo(0x14171d));
    }

    private static int marginOf(Path png) throws Exception {
        return ImageIO.read(png.toFile()).getRGB(2, 2) & 0xffffff;
    }

    @Test
    void aFileTheAddedExtensionWouldReplaceIsOnlyReplacedWhenConfirmed(FxRobot robot) throws Exception {
        awaitRun();
        Path existing = folder.resolve("slide.png");
        Files.writeString(existing, "keep me");
        window.dialogs.overwrite = false;
        window.dialogs.files.push(Optional.of(folder.resolve("slide")));
        robot.interact(window.controller.exports()::exportChart);
        assertThat(window.dialogs.asked).contains("overwrite slide.png");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aWriteThatFailsIsExplainedWithThePathAndReasonAndLeavesNothing(FxRobot robot) throws Exception {
        awaitRun();
        Path target = folder.resolve("no-such-folder/data.csv");
        window.dialogs.files.push(Optional.of(target));
        robot.interact(window.controller.exports()::exportCsv);
        assertThat(window.dialogs.errors).hasSize(1);
        assertThat(window.dialogs.errors.get(0)).contains(target.toString()).contains("does not exist");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void aLessonOrScriptThatCannotBeSavedIsExplainedAndTheStateStays(FxRobot robot) throws Exception {
        awaitRun();
        Path folderAsFile = folder.resolve("lesson.json");
        Files.createDirectory(folderAsFile);
        window.dialogs.files.push(Optional.of(folderAsFile));
        robot.interact(() -> window.controller.lessons().saveLesson());
        window.dialogs.files.push(Optional.of(folder.resolve("gone/run.py")));
        robot.interact(() -> window.controller.exports().exportPython());
        assertThat(window.dialogs.errors).hasSize(2);
        assertThat(window.dialogs.errors.get(0)).contains("lesson.json").contains("is a folder");
        assertThat(window.dialogs.errors.get(1)).contains("run.py").contains("does not exist");
        assertThat(window.model.getParams()).isEqualTo(SimulationParams.BOOK);
    }

    @Test
    void exportCsvWritesOneRowPerStep(FxRobot robot) throws Exception {
        awaitRun();
        window.dialogs.files.push(Optional.of(folder.resolve("norms.csv")));
        robot.interact(window.controller.exports()::exportCsv);
        List<String> lines = Files.readAllLines(folder.resolve("norms.csv"));
        assertThat(lines).hasSize(21);
        assertThat(lines.get(0)).isEqualTo("k,norm,log10Norm,meanTanhPrime");
    }

    @Test
    void cancellingAsksNothingFurtherAndWritesNothing(FxRobot robot) throws Exception {
        awaitRun();
        window.dialogs.exportOptions = Optional.empty();
        robot.interact(window.controller.exports()::exportChart);
        assertThat(window.dialogs.asked).containsExactly("export options");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void copyChartPutsAnImageOnTheClipboard(FxRobot robot) {
        awaitRun();
        robot.interact(window.controller.exports()::copyChart);
        robot.interact(
                () -> assertThat(Clipboard.getSystemClipboard().hasImage()).isTrue());
    }

    private void awaitRun() {
        LabWindow.awaitTrue(() -> window.model.runProperty().get() != null
                && window.model.runProperty().get().params().equals(SimulationParams.BOOK));
    }
}
