package org.rnngradientlab.app.window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.rnngradientlab.app.export.ExportTheme;
import org.rnngradientlab.app.text.Messages;

/**
 * The real dialogs: the platform's file choosers (which themselves ask before replacing a file) and
 * JavaFX alerts, owned by the window and styled like it.
 */
public final class FxDialogs implements Dialogs {

    private static final List<int[]> SIZES =
            List.of(new int[] {1280, 720}, new int[] {1024, 768}, new int[] {1920, 1080}, new int[] {800, 450});

    private final Window owner;
    private final Supplier<Messages> messages;
    private final Supplier<List<String>> stylesheets;
    private File lastFolder;

    public FxDialogs(Window owner, Supplier<Messages> messages, Supplier<List<String>> stylesheets) {
        this.owner = owner;
        this.messages = messages;
        this.stylesheets = stylesheets;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggested, FileType type) {
        FileChooser chooser = chooser(title, type);
        chooser.setInitialFileName(suggested);
        File file = chooser.showSaveDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> openFile(String title, FileType type) {
        File file = chooser(title, type).showOpenDialog(owner);
        return remember(file);
    }

    private FileChooser chooser(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        type.description(),
                        type.extensions().stream().map(e -> "*." + e).toList()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<ExportOptions> exportOptions(ExportOptions initial) {
        Messages text = messages.get();
        Dialog<ExportOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.text("export.chart.title"));
        dialog.setHeaderText(text.text("export.options.header"));
        ComboBox<int[]> size = new ComboBox<>();
        size.setId("export-size");
        size.getItems().addAll(SIZES);
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(int[] value) {
                return value == null ? "" : value[0] + " × " + value[1];
            }

            @Override
            public int[] fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        size.setValue(SIZES.stream()
                .filter(s -> s[0] == initial.width() && s[1] == initial.height())
                .findFirst()
                .orElse(SIZES.get(0)));
        ToggleGroup ratios = new ToggleGroup();
        HBox ratioButtons = new HBox(12);
        for (int ratio = 1; ratio <= 3; ratio++) {
            RadioButton button = new RadioButton(ratio + "×");
            button.setId("export-ratio-" + ratio);
            button.setUserData(ratio);
            button.setToggleGroup(ratios);
            button.setSelected(ratio == Math.round(initial.pixelRatio()));
            ratioButtons.getChildren().add(button);
        }
        ComboBox<ExportTheme> theme = new ComboBox<>();
        theme.setId("export-theme");
        theme.getItems().addAll(ExportTheme.LIGHT, ExportTheme.WINDOW, ExportTheme.DARK, ExportTheme.PROJECTOR);
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportTheme value) {
                return value == null ? "" : text.text("export.theme." + value.id());
            }

            @Override
            public ExportTheme fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        theme.setValue(initial.theme());
        Label pixels = new Label();
        Runnable updatePixels = () -> {
            int[] chosen = size.getValue();
            int ratio = ratios.getSelectedToggle() == null
                    ? 2
                    : (int) ratios.getSelectedToggle().getUserData();
            pixels.setText(text.format("export.options.pixels", chosen[0] * ratio, chosen[1] * ratio));
        };
        size.valueProperty().addListener((observable, old, now) -> updatePixels.run());
        ratios.selectedToggleProperty().addListener((observable, old, now) -> updatePixels.run());
        updatePixels.run();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label(text.text("export.options.size")), size);
        grid.addRow(1, new Label(text.text("export.options.ratio")), ratioButtons);
        grid.add(pixels, 1, 2);
        grid.addRow(3, new Label(text.text("export.options.theme")), theme);
        dialog.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(text.text("export.options.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        style(dialog);
        dialog.setResultConverter(button -> {
            if (button != export) {
                return null;
            }
            int[] chosen = size.getValue();
            int ratio = ratios.getSelectedToggle() == null
                    ? 2
                    : (int) ratios.getSelectedToggle().getUserData();
            return new ExportOptions(chosen[0], chosen[1], ratio, theme.getValue());
        });
        return dialog.showAndWait();
    }

    @Override
    public boolean confirmOverwrite(Path path) {
        Messages text = messages.get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(text.text("overwrite.title"));
        alert.setHeaderText(text.format("overwrite.header", path.getFileName()));
        alert.setContentText(text.format("overwrite.text", path.toAbsolutePath().getParent()));
        ButtonType replace = new ButtonType(text.text("overwrite.replace"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(replace, ButtonType.CANCEL);
        style(alert);
        return alert.showAndWait().filter(replace::equals).isPresent() && !Files.isDirectory(path);
    }

    @Override
    public void error(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        style(alert);
        alert.showAndWait();
    }

    @Override
    public void information(String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea body = new TextArea(text);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(Math.min(18, (int) text.lines().count() + 1));
        alert.getDialogPane().setContent(body);
        style(alert);
        alert.showAndWait();
    }

    private void style(Dialog<?> dialog) {
        dialog.getDialogPane().getStylesheets().setAll(stylesheets.get());
    }
}
