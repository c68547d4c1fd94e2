package org.rnngradientlab.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A parameter that takes one of the constants of a {@link Choice} enum: what the experiment is, how W0 is
 * drawn, what the scale means. Like {@link Parameter}, the one description of it that every edge uses.
 *
 * @param <E> the choice
 */
public final class ChoiceParameter<E extends Enum<E> & Choice> implements SimulationParameter {

    /** How W0 is drawn. */
    public static final ChoiceParameter<WeightInit> INIT = new ChoiceParameter<>(
            "init",
            "init",
            WeightInit.class,
            WeightInit.RANDN,
            "How W0 is drawn: np.random.randn or np.random.rand",
            true,
            SimulationParams::init);

    /** What the weight scale means. */
    public static final ChoiceParameter<ScaleMode> SCALE_MODE = new ChoiceParameter<>(
            "scale-mode",
            "scaleMode",
            ScaleMode.class,
            ScaleMode.RAW,
            "raw: Wh = scale * W0 (the book's); spectral: the spectral radius of Wh equals the scale",
            false,
            SimulationParams::scaleMode);

    /** Which backward pass is simulated. */
    public static final ChoiceParameter<BackpropMode> MODE = new ChoiceParameter<>(
            "mode",
            "mode",
            BackpropMode.class,
            BackpropMode.MATMUL,
            "matmul: the book's experiment, tanh left out; tanh: the full RNN",
            true,
            SimulationParams::mode);

    /** The choice parameters, the experiment first, as the window offers them. */
    public static final List<ChoiceParameter<?>> ALL = List.of(MODE, INIT, SCALE_MODE);

    private final String id;
    private final String key;
    private final Class<E> type;
    private final E defaultValue;
    private final String help;
    private final boolean labelsPins;
    private final Function<SimulationParams, E> getter;

    private ChoiceParameter(
            String id,
            String key,
            Class<E> type,
            E defaultValue,
            String help,
            boolean labelsPins,
            Function<SimulationParams, E> getter) {
        this.id = id;
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.help = help;
        this.labelsPins = labelsPins;
        this.getter = getter;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String key() {
        return key;
    }

    /** The names allowed, e.g. {@code randn|rand}. */
    @Override
    public String label() {
        return Choice.ids(type);
    }

    @Override
    public String help() {
        return help;
    }

    /** The lesson key, e.g. {@code scaleMode}: the UI texts are {@code scaleMode.name}, {@code scaleMode.<id>}. */
    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public boolean labelsPins() {
        return labelsPins;
    }

    @Override
    public String text(SimulationParams params) {
        return get(params).id();
    }

    /** The enum of the choice. */
    public Class<E> type() {
        return type;
    }

    /** Its constants, in declaration order. */
    public List<E> values() {
        return List.of(type.getEnumConstants());
    }

    /** The book's choice. */
    public E defaultValue() {
        return defaultValue;
    }

    /** The allowed names in words, e.g. "one of randn|rand". */
    public String allowed() {
        return "one of " + Choice.ids(type);
    }

    /** The constant named {@code id}; {@link IllegalArgumentException} naming the allowed names otherwise. */
    public E fromId(String id) {
        return Choice.fromId(type, id);
    }

    /** Its value in {@code params}. */
    public E get(SimulationParams params) {
        return getter.apply(params);
    }

    /** {@code params} with this parameter set to {@code value}. */
    public SimulationParams with(SimulationParams params, E value) {
        return params.with(this, value);
    }

    /** {@code params} with this parameter set to the constant named {@code id}. */
    public SimulationParams withId(SimulationParams params, String id) {
        return params.with(this, fromId(id));
    }

    /** Casts {@code value} to this choice's type, refusing constants of another choice. */
    E cast(Object value) {
        return type.cast(Objects.requireNonNull(value, key));
    }

    @Override
    public String toString() {
        return key;
    }
}
