package org.rnngradientlab.app.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParameter;
import org.rnngradientlab.core.SimulationParams;

/**
 * The UI texts of one language, with numbers in the user's format locale. A key missing from the bundle
 * fails at once (the bundles are checked for completeness by a test, so this only catches typos).
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final NumberText numbers;

    public Messages(ResourceBundle bundle, NumberText numbers) {
        this.bundle = bundle;
        this.numbers = numbers;
    }

    /** The texts of {@code language} with numbers as this machine's user writes them. */
    public static Messages of(Locale language) {
        return new Messages(Resources.messages(language), NumberText.forUser());
    }

    /** The language these texts are in. */
    public Locale language() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public NumberText numbers() {
        return numbers;
    }

    /** The text for {@code key}. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no UI text for key '" + key + "'", e);
        }
    }

    /**
     * The text for {@code key} with {0}, {1}… replaced by {@code args}: strings as they are, whole numbers
     * without grouping (step 10000, not 10,000), other numbers formatted beforehand by {@link #numbers()}.
     */
    public String format(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer || args[i] instanceof Long ? args[i].toString() : args[i];
        }
        return new MessageFormat(text(key), language()).format(plain);
    }

    /** The name of a parameter as the UI shows it, e.g. "Hidden size H". */
    public String parameterName(Parameter parameter) {
        return text("param." + parameter.id() + ".name");
    }

    /** The allowed values of a parameter in words, e.g. "an integer from 1 to 1024". */
    public String allowed(Parameter parameter) {
        if (parameter.minExclusive()) {
            return format("range.greaterThan", numbers.significant(parameter.min(), 6));
        }
        String min = numbers.significant(parameter.min(), 10);
        String max = parameter == Parameter.SEED
                ? Long.toString((long) parameter.max())
                : numbers.significant(parameter.max(), 10);
        return format(parameter.integer() ? "range.integer" : "range.number", min, max);
    }

    /**
     * What {@code params} holds for {@code parameter}, as a caption shows it, e.g. "H 3" or "scale ×0.5";
     * empty for the meaning of the scale, which the scale's own fragment carries (× or ρ).
     */
    public String fragment(SimulationParameter parameter, SimulationParams params) {
        if (parameter instanceof Parameter number) {
            double value = number.get(params);
            String text = number.integer() ? Long.toString((long) value) : numbers.atLeastOneDecimal(value, 4);
            if (number == Parameter.SCALE) {
                text = format("scaleMode." + params.scaleMode().id() + ".value", text);
            }
            return format(number.messageKey() + ".caption", text);
        }
        if (parameter == ChoiceParameter.SCALE_MODE) {
            return "";
        }
        return text(parameter.messageKey() + "." + parameter.text(params) + ".short");
    }

    /** The caption of an exported chart: every parameter, e.g. "H 3 · T 20 · seed 3 · scale ×1.0 · randn · …". */
    public String caption(SimulationParams params) {
        return format("export.caption", fragments(params, false));
    }

    /** The short label of a pinned curve: the parameters that {@link SimulationParameter#labelsPins()}. */
    public String pinLabel(SimulationParams params) {
        return fragments(params, true);
    }

    private String fragments(SimulationParams params, boolean pinsOnly) {
        return SimulationParameter.all().stream()
                .filter(parameter -> parameter.appliesTo(params))
                .filter(parameter -> !pinsOnly || parameter.labelsPins())
                .map(parameter -> fragment(parameter, params))
                .filter(fragment -> !fragment.isEmpty())
                .collect(Collectors.joining(" · "));
    }
}
