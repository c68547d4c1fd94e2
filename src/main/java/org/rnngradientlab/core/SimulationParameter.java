package org.rnngradientlab.core;

import java.util.List;

/**
 * One entry of the parameter set: a number ({@link Parameter}) or a choice ({@link ChoiceParameter}). Every
 * edge of the app (the command line, lesson files, the window's controls, captions, pin labels and the
 * Python export) iterates over {@link #all()} instead of naming the parameters, so that adding one means
 * adding its description here, the core that uses it and its UI texts — nothing else.
 */
public sealed interface SimulationParameter permits Parameter, ChoiceParameter {

    /** The stable name: the command line's {@code --id} and the stem of its UI texts. */
    String id();

    /** The key in lesson files and in the {@code params} of {@code simulate}'s JSON, e.g. {@code inputScale}. */
    String key();

    /** The command-line flag, {@code --} and the id. */
    default String flag() {
        return "--" + id();
    }

    /** The placeholder of the value in the command line's help, e.g. {@code H}. */
    String label();

    /** The command line's help text (English), without the allowed values and the default. */
    String help();

    /** The stem of this parameter's UI texts: {@code <stem>.name}, {@code <stem>.tooltip}. */
    String messageKey();

    /** Whether a pinned curve's short label names this parameter. */
    boolean labelsPins();

    /**
     * Whether it means anything for {@code params}: the LSTM's forget bias only in LSTM mode. Where it does
     * not, it keeps its value (a lesson remembers it) but the command line refuses it and the window hides it.
     */
    default boolean appliesTo(SimulationParams params) {
        return true;
    }

    /** Where {@link #appliesTo} is false, what would make it apply, in command-line words, e.g. "--mode lstm". */
    default String condition() {
        return "";
    }

    /** The lesson-file version that added it; older files are read with its default. */
    default int lessonVersion() {
        return 1;
    }

    /** Its value in {@code params} as text, as the command line and files write it. */
    String text(SimulationParams params);

    /** Every parameter, in the order of {@link SimulationParams}'s components (files, command line, captions). */
    static List<SimulationParameter> all() {
        return Order.ALL;
    }

    /**
     * The order of {@link #all()}, in a class of its own: initialising this interface (it has a default
     * method) must not need the parameters, which are being initialised themselves at that moment.
     */
    final class Order {
        private static final List<SimulationParameter> ALL = List.of(
                Parameter.HIDDEN,
                Parameter.STEPS,
                Parameter.SEED,
                Parameter.SCALE,
                ChoiceParameter.INIT,
                ChoiceParameter.SCALE_MODE,
                ChoiceParameter.MODE,
                Parameter.BATCH,
                Parameter.INPUT_SCALE,
                Parameter.MAX_NORM,
                Parameter.FORGET_BIAS);

        private Order() {}
    }
}
