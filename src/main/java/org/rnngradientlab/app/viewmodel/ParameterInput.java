package org.rnngradientlab.app.viewmodel;

import java.util.Optional;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.Quoting;

/**
 * The typed value of one parameter: reads what the user typed (either decimal separator), refuses garbage
 * and values out of range with a message naming the field and its allowed range, and keeps the last good
 * value when it refuses.
 */
public final class ParameterInput {

    private final LabViewModel model;
    private final Parameter parameter;
    private final Messages messages;
    private final DoubleBinding value;

    // Properties
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ParameterInput(LabViewModel model, Parameter parameter, Messages messages) {
        this.model = model;
        this.parameter = parameter;
        this.messages = messages;
        this.value = model.value(parameter);
    }

    public Parameter parameter() {
        return parameter;
    }

    /** The current value as the field shows it, in the user's number format. */
    public String text() {
        return format(value.get());
    }

    /** The current value. */
    public DoubleBinding valueBinding() {
        return value;
    }

    /** Why the last typed value was refused; empty after a good one. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Applies {@code typed}; returns whether it was taken. A refused value leaves the parameter as it was
     * and sets {@link #errorProperty()}.
     */
    public boolean commit(String typed) {
        Optional<Double> parsed = messages.numbers().parse(typed);
        if (parsed.isEmpty() || !parameter.accepts(parsed.get())) {
            error.set(messages.format(
                    "error.field",
                    messages.parameterName(parameter),
                    Quoting.quote(typed.strip()),
                    messages.allowed(parameter)));
            return false;
        }
        error.set("");
        if (parsed.get() != value.get()) {
            model.set(parameter, parsed.get());
        }
        return true;
    }

    /** Sets the parameter to a value from the slider or the keys, which is in range by construction. */
    public void set(double newValue) {
        error.set("");
        if (newValue != value.get()) {
            model.set(parameter, newValue);
        }
    }

    /** Forgets a refused value. */
    public void clearError() {
        error.set("");
    }

    /** A value as the field shows it. */
    public String format(double v) {
        if (parameter.integer()) {
            return Long.toString(Math.round(v));
        }
        return messages.numbers().atLeastOneDecimal(v, 6);
    }
}
