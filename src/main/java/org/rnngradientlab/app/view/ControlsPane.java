package org.rnngradientlab.app.view;

import java.util.Random;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.ParameterInput;
import org.rnngradientlab.app.viewmodel.Preset;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParameter;

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

        getChildren().add(presets);
        // the choices first, as drop-downs, then the scale with its critical marker, then the other sliders
        for (ChoiceParameter<?> choice : ChoiceParameter.ALL) {
            getChildren().add(labelled(messages, choice.messageKey(), choice(choice, model, messages)));
        }
        scale = new ScaleControl(model, messages);
        getChildren().add(scale);
        for (SimulationParameter parameter : SimulationParameter.all()) {
            if (parameter instanceof Parameter number && number != Parameter.SCALE) {
                ParameterControl control = new ParameterControl(new ParameterInput(model, number, messages), messages);
                if (number == Parameter.SEED) {
                    control.getChildren().add(newSeedButton(model, messages));
                }
                // a parameter that means nothing in this mode (the forget bias outside the LSTM) is not shown
                BooleanBinding applies = Bindings.createBooleanBinding(
                        () -> number.appliesTo(model.getParams()), model.paramsProperty());
                control.visibleProperty().bind(applies);
                control.managedProperty().bind(applies);
                getChildren().add(control);
            }
        }

        Button reset = new Button(messages.text("reset"));
        reset.setId("reset");
        reset.setTooltip(new Tooltip(messages.text("reset.tooltip")));
        reset.setMaxWidth(Double.MAX_VALUE);
        reset.setOnAction(e -> model.reset());
        getChildren().add(reset);
    }

    private static Button newSeedButton(LabViewModel model, Messages messages) {
        Button newSeed = new Button(messages.text("seed.new"));
        newSeed.setId("new-seed");
        newSeed.setTooltip(new Tooltip(messages.text("seed.new.tooltip")));
        Random random = new Random();
        newSeed.setOnAction(e -> model.newRandomSeed(random));
        return newSeed;
    }

    /** The weight scale control. */
    public ScaleControl scaleControl() {
        return scale;
    }

    private static <E extends Enum<E> & Choice> ComboBox<E> choice(
            ChoiceParameter<E> parameter, LabViewModel model, Messages messages) {
        String key = parameter.messageKey();
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(parameter.values()));
        box.setId("choice-" + key);
        box.setConverter(converter(value -> messages.text(key + "." + value.id())));
        box.setValue(parameter.get(model.getParams()));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            if (box.getValue() != null) {
                model.set(parameter, box.getValue());
            }
        });
        model.paramsProperty().addListener((observable, old, now) -> select(box, parameter.get(now)));
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
