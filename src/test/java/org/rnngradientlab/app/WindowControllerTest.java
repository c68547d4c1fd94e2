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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Export, copy and CSV through the dialogs: sizes, extensions, overwriting and failures. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WindowControllerTest {

    @TempDir
    Path folder;

    private LabWindow window;
    private ScriptedDialogs dialogs;
    private WindowController commands;
    private LabViewModel model;

    @Start
    void start(Stage stage) {
        window = new LabWindow(stage, SimulationParams.BOOK);
        dialogs = window.dialogs;
        commands = window.controller;
        model = window.model;
    }

    @AfterEach
    void close() {
        window.live.close();
    }

    @Test
    void exportChartWritesThePngAtTheChosenSizeAndRatioAddingTheExtension(FxRobot robot) throws Exception {
        awaitRun();
        dialogs.files.push(Optional.of(folder.resolve("slide")));
        robot.interact(commands::exportChart);
        BufferedImage image = ImageIO.read(folder.resolve("slide.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileTheAddedExtensionWouldReplaceIsOnlyReplacedWhenConfirmed(FxRobot robot) throws Exception {
        awaitRun();
        Path existing = folder.resolve("slide.png");
        Files.writeString(existing, "keep me");
        dialogs.overwrite = false;
        dialogs.files.push(Optional.of(folder.resolve("slide")));
        robot.interact(commands::exportChart);
        assertThat(dialogs.asked).contains("overwrite slide.png");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void aWriteThatFailsIsExplainedWithThePathAndReasonAndLeavesNothing(FxRobot robot) throws Exception {
        awaitRun();
        Path target = folder.resolve("no-such-folder/data.csv");
        dialogs.files.push(Optional.of(target));
        robot.interact(commands::exportCsv);
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains(target.toString()).contains("does not exist");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void aLessonOrScriptThatCannotBeSavedIsExplainedAndTheStateStays(FxRobot robot) throws Exception {
        awaitRun();
        Path folderAsFile = folder.resolve("lesson.json");
        Files.createDirectory(folderAsFile);
        dialogs.files.push(Optional.of(folderAsFile));
        robot.interact(() -> commands.saveLesson());
        dialogs.files.push(Optional.of(folder.resolve("gone/run.py")));
        robot.interact(() -> commands.exportPython());
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).contains("lesson.json").contains("is a folder");
        assertThat(dialogs.errors.get(1)).contains("run.py").contains("does not exist");
        assertThat(model.getParams()).isEqualTo(SimulationParams.BOOK);
    }

    @Test
    void exportCsvWritesOneRowPerStep(FxRobot robot) throws Exception {
        awaitRun();
        dialogs.files.push(Optional.of(folder.resolve("norms.csv")));
        robot.interact(commands::exportCsv);
        List<String> lines = Files.readAllLines(folder.resolve("norms.csv"));
        assertThat(lines).hasSize(21);
        assertThat(lines.get(0)).isEqualTo("k,norm,log10Norm,meanTanhPrime");
    }

    @Test
    void cancellingAsksNothingFurtherAndWritesNothing(FxRobot robot) throws Exception {
        awaitRun();
        dialogs.exportOptions = Optional.empty();
        robot.interact(commands::exportChart);
        assertThat(dialogs.asked).containsExactly("export options");
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void copyChartPutsAnImageOnTheClipboard(FxRobot robot) {
        awaitRun();
        robot.interact(commands::copyChart);
        robot.interact(
                () -> assertThat(Clipboard.getSystemClipboard().hasImage()).isTrue());
    }

    private void awaitRun() {
        LabWindow.awaitTrue(() -> model.runProperty().get() != null
                && model.runProperty().get().params().equals(SimulationParams.BOOK));
    }
}
