package org.rnngradientlab.app.view;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rnngradientlab.app.Messages;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.ParameterInput;
import org.rnngradientlab.app.viewmodel.Preset;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.WeightInit;

/** The column of controls: presets, the three choices, the sliders with their fields, and Reset. */
public final class ControlsPane extends VBox {

    private final ScaleControl scale;

    public ControlsPane(LabViewModel model, Messages messages) {
        getStyleClass().add("controls-pane");

        ComboBox<Preset> presets = new ComboBox<>(FXCollections.observableArrayList(Preset.values()));
        presets.setId("presets");
        presets.setPromptText(messages.text("presets.prompt"));
        presets.setConverter(converter(p -> messages.text("preset." + p.id())));
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setOnAction(e -> {
            Preset chosen = presets.getValue();
            if (chosen != null) {
                model.applyPreset(chosen);
            }
        });
        // JavaFX forgets the prompt once a selection is cleared; this cell shows it again
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? presets.getPromptText() : messages.text("preset." + item.id()));
            }
        });
        model.paramsProperty().addListener((observable, old, now) -> {
            if (presets.getValue() != null && !presets.getValue().params().equals(now)) {
                presets.setValue(null);
            }
        });

        ComboBox<BackpropMode> mode =
                choice("mode", BackpropMode.class, messages, model.getParams().mode(), model::setMode);
        ComboBox<WeightInit> init =
                choice("init", WeightInit.class, messages, model.getParams().init(), model::setInit);
        ComboBox<ScaleMode> scaleMode =
                choice("scaleMode", ScaleMode.class, messages, model.getParams().scaleMode(), model::setScaleMode);
        model.paramsProperty().addListener((observable, old, now) -> {
            select(mode, now.mode());
            select(init, now.init());
            select(scaleMode, now.scaleMode());
        });

        scale = new ScaleControl(model, messages);
        ParameterControl hidden =
                control(model, messages, Parameter.HIDDEN, ParameterControl.SliderScale.logarithmic(1, 1024, 1, 2));
        ParameterControl steps =
                control(model, messages, Parameter.STEPS, ParameterControl.SliderScale.logarithmic(1, 10_000, 1, 2));
        ParameterControl seed =
                control(model, messages, Parameter.SEED, ParameterControl.SliderScale.linear(0, 100, 1, 1, 10));
        Button newSeed = new Button(messages.text("seed.new"));
        newSeed.setId("new-seed");
        newSeed.setTooltip(new Tooltip(messages.text("seed.new.tooltip")));
        Random random = new Random();
        newSeed.setOnAction(e -> model.newRandomSeed(random));
        seed.getChildren().add(newSeed);
        ParameterControl batch =
                control(model, messages, Parameter.BATCH, ParameterControl.SliderScale.linear(1, 64, 1, 1, 8));
        ParameterControl inputScale = control(
                model, messages, Parameter.INPUT_SCALE, ParameterControl.SliderScale.linear(0, 5, 0.1, 0.01, 1));
        ParameterControl maxNorm = control(
                model, messages, Parameter.MAX_NORM, ParameterControl.SliderScale.linear(0.1, 20, 0.1, 0.01, 1));

        Button reset = new Button(messages.text("reset"));
        reset.setId("reset");
        reset.setTooltip(new Tooltip(messages.text("reset.tooltip")));
        reset.setMaxWidth(Double.MAX_VALUE);
        reset.setOnAction(e -> model.reset());

        getChildren()
                .addAll(
                        presets,
                        labelled(messages, "mode", mode),
                        labelled(messages, "init", init),
                        labelled(messages, "scaleMode", scaleMode),
                        scale,
                        hidden,
                        steps,
                        seed,
                        batch,
                        inputScale,
                        maxNorm,
                        reset);
    }

    /** The weight scale control. */
    public ScaleControl scaleControl() {
        return scale;
    }

    private static ParameterControl control(
            LabViewModel model, Messages messages, Parameter parameter, ParameterControl.SliderScale scale) {
        return new ParameterControl(new ParameterInput(model, parameter, messages), scale, messages);
    }

    private static <E extends Enum<E> & Choice> ComboBox<E> choice(
            String key, Class<E> type, Messages messages, E selected, Consumer<E> apply) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(List.of(type.getEnumConstants())));
        box.setId("choice-" + key);
        box.setConverter(converter(value -> messages.text(key + "." + value.id())));
        box.setValue(selected);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            if (box.getValue() != null) {
                apply.accept(box.getValue());
            }
        });
        return box;
    }

    private static VBox labelled(Messages messages, String key, ComboBox<?> box) {
        Label name = new Label(messages.text(key + ".name"));
        name.getStyleClass().add("parameter-name");
        name.setLabelFor(box);
        Tooltip tooltip = Tooltips.explaining(messages.text(key + ".tooltip"));
        Tooltip.install(name, tooltip);
        box.setTooltip(tooltip);
        VBox group = new VBox(4, name, box);
        group.getStyleClass().add("choice-control");
        return group;
    }

    private static <E> void select(ComboBox<E> box, E value) {
        if (box.getValue() != value) {
            box.setValue(value);
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
