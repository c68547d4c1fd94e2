package org.rnngradientlab.app.view;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.viewmodel.ParameterInput;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SliderScale;

/**
 * One numeric parameter: its name, a slider and an editable value field, with a tooltip that explains the
 * concept. Keys as in PhET simulations: arrows step, Shift+arrows take fine steps, Page Up/Down large
 * steps, Home/End go to the ends of the slider. A refused typed value shows a message under the control
 * and the parameter keeps its value.
 */
public class ParameterControl extends VBox {

    private final ParameterInput input;
    private final SliderScale scale;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private final Label error = new Label();
    private final StackPane sliderLayer;
    private boolean updating;
    private boolean edited;

    public ParameterControl(ParameterInput input, Messages messages) {
        this.input = input;
        Parameter parameter = input.parameter();
        this.scale = parameter.slider();
        getStyleClass().add("parameter-control");
        setId("control-" + parameter.id());

        Label name = new Label(messages.parameterName(parameter));
        name.getStyleClass().add("parameter-name");
        name.setLabelFor(slider);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        field.setId("field-" + parameter.id());
        field.getStyleClass().add("parameter-field");
        field.setPrefColumnCount(7);
        field.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(6, name, gap, field);
        header.setAlignment(Pos.CENTER_LEFT);

        slider.setId("slider-" + parameter.id());
        slider.setMin(scale.minPosition());
        slider.setMax(scale.maxPosition());
        slider.setFocusTraversable(true);
        sliderLayer = new StackPane(slider);
        sliderLayer.getStyleClass().add("slider-layer");

        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(input.errorProperty());
        error.visibleProperty().bind(input.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Tooltip tooltip = Tooltips.explaining(messages.text("param." + parameter.id() + ".tooltip"));
        Tooltip.install(name, tooltip);
        slider.setTooltip(tooltip);
        field.setTooltip(tooltip);
        slider.setAccessibleText(messages.parameterName(parameter));
        field.setAccessibleText(messages.parameterName(parameter));

        getChildren().addAll(header, sliderLayer, error);

        show(input.valueBinding().get());
        input.valueBinding().addListener((observable, old, now) -> show(now.doubleValue()));
        slider.valueProperty().addListener((observable, old, now) -> {
            if (!updating) {
                apply(round(snap(scale.toValue(now.doubleValue()))));
            }
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        field.textProperty().addListener((observable, old, now) -> edited |= !updating);
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && edited) {
                commitField();
            } else if (!focused) {
                showText(input.valueBinding().get());
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                input.clearError();
                showText(input.valueBinding().get());
                e.consume();
            }
        });
    }

    /** The slider, for decorations and tests. */
    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }

    /** The layer over the slider where decorations (the critical marker) are drawn. */
    protected StackPane sliderLayer() {
        return sliderLayer;
    }

    private void show(double value) {
        updating = true;
        try {
            if (round(scale.toValue(slider.getValue())) != value) {
                slider.setValue(scale.toPosition(value));
            }
            if (!field.isFocused()) {
                showText(value);
            }
        } finally {
            updating = false;
        }
    }

    /** Shows {@code value} in the field, replacing anything typed. */
    private void showText(double value) {
        boolean wasUpdating = updating;
        updating = true;
        try {
            field.setText(input.format(value));
            edited = false;
        } finally {
            updating = wasUpdating;
        }
    }

    /** Applies what was typed; a refused value stays selected beside its message. */
    private void commitField() {
        if (input.commit(field.getText())) {
            showText(input.valueBinding().get());
        } else {
            field.selectAll();
            edited = false;
        }
    }

    private void apply(double value) {
        double clamped = Math.max(
                input.parameter().minExclusive()
                        ? scale.min()
                        : input.parameter().min(),
                Math.min(input.parameter().max(), value));
        if (input.parameter().accepts(clamped)
                && clamped != input.valueBinding().get()) {
            input.set(clamped);
        }
    }

    private void key(KeyEvent event) {
        double value = input.valueBinding().get();
        Double next =
                switch (event.getCode()) {
                    case RIGHT, UP -> value + (event.isShiftDown() ? scale.fineStep() : scale.step());
                    case LEFT, DOWN -> value - (event.isShiftDown() ? scale.fineStep() : scale.step());
                    case PAGE_UP -> scale.logarithmic() ? value * scale.largeFactor() : value + scale.largeFactor();
                    case PAGE_DOWN -> scale.logarithmic() ? value / scale.largeFactor() : value - scale.largeFactor();
                    case HOME -> scale.min();
                    case END -> scale.max();
                    default -> null;
                };
        if (next != null) {
            event.consume();
            apply(round(Math.max(scale.min(), Math.min(scale.max(), snap(next)))));
        }
    }

    /** Rounds to the fine step on linear sliders (no 0.30000000000000004, no 1.2345678 from a drag). */
    private double snap(double value) {
        if (scale.logarithmic()) {
            return value;
        }
        double unit = scale.fineStep();
        return Double.parseDouble(String.format(Locale.ROOT, "%.10f", Math.round(value / unit) * unit));
    }

    private double round(double value) {
        return input.parameter().integer() ? Math.round(value) : value;
    }
}
