package org.rnngradientlab.core;

import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The numeric simulation parameters, each described once: the values it allows, its default (the book's),
 * its slider and key steps, its command-line flag, its lesson-file key, the stem of its UI texts, its name in
 * the exported Python script, and how it is read from {@link SimulationParams}. Every edge (command line,
 * value fields, lesson files) checks input against these ranges, so all of them refuse the same values with
 * the same range in the message. The choices are {@link ChoiceParameter}s.
 */
public enum Parameter implements SimulationParameter {
    HIDDEN(
            "hidden",
            "hidden",
            "H",
            Range.integers(1, 1024),
            3,
            SliderScale.logarithmic(1, 1024, 1, 2),
            "Hidden size H",
            "H",
            true,
            SimulationParams::hidden),
    STEPS(
            "steps",
            "steps",
            "T",
            Range.integers(1, 10_000),
            20,
            SliderScale.logarithmic(1, 10_000, 1, 2),
            "Time steps T to propagate back",
            "T",
            true,
            SimulationParams::steps),
    SEED(
            "seed",
            "seed",
            "S",
            Range.integers(0, LegacyRandomState.MAX_SEED),
            3,
            SliderScale.linear(0, 100, 1, 1, 10),
            "Seed of numpy's legacy generator",
            "seed",
            true,
            SimulationParams::seed),
    SCALE(
            "scale",
            "scale",
            "C",
            Range.numbers(0, 10),
            1.0,
            SliderScale.linear(0, 3, 0.01, 0.001, 0.1),
            "Weight scale",
            "scale",
            true,
            SimulationParams::scale),
    BATCH(
            "batch",
            "batch",
            "N",
            Range.integers(1, 64),
            2,
            SliderScale.linear(1, 64, 1, 1, 8),
            "Mini-batch size N",
            "N",
            false,
            SimulationParams::batch),
    INPUT_SCALE(
            "input-scale",
            "inputScale",
            "S",
            Range.numbers(0, 10),
            1.0,
            SliderScale.linear(0, 5, 0.1, 0.01, 1),
            "Standard deviation of the inputs x",
            "input_scale",
            false,
            SimulationParams::inputScale),
    MAX_NORM(
            "max-norm",
            "maxNorm",
            "M",
            Range.greaterThan(0),
            5.0,
            SliderScale.linear(0.1, 20, 0.1, 0.01, 1),
            "Threshold of clip_grads",
            "max_norm",
            false,
            SimulationParams::maxNorm),
    FORGET_BIAS(
            "forget-bias",
            "forgetBias",
            "B",
            Range.numbers(-10, 10),
            0.0,
            SliderScale.linear(-2, 6, 0.1, 0.01, 1),
            "Bias of the LSTM's forget gate (only with --mode lstm)",
            "forget_bias",
            true,
            SimulationParams::forgetBias) {
        @Override
        public boolean appliesTo(SimulationParams params) {
            return params.mode() == BackpropMode.LSTM;
        }

        @Override
        public String condition() {
            return "--mode lstm";
        }

        @Override
        public int lessonVersion() {
            return 2;
        }
    };

    private final String id;
    private final String key;
    private final String label;
    private final Range range;
    private final double defaultValue;
    private final SliderScale slider;
    private final String help;
    private final String pythonName;
    private final boolean labelsPins;
    private final ToDoubleFunction<SimulationParams> getter;

    Parameter(
            String id,
            String key,
            String label,
            Range range,
            double defaultValue,
            SliderScale slider,
            String help,
            String pythonName,
            boolean labelsPins,
            ToDoubleFunction<SimulationParams> getter) {
        this.id = id;
        this.key = key;
        this.label = label;
        this.range = range;
        this.defaultValue = defaultValue;
        this.slider = slider;
        this.help = help;
        this.pythonName = pythonName;
        this.labelsPins = labelsPins;
        this.getter = getter;
    }

    /** The name used on the command line ({@code --id}) and as the stem {@code param.<id>} of its UI texts. */
    @Override
    public String id() {
        return id;
    }

    /** The key in lesson files and in the {@code params} of {@code simulate}'s JSON, e.g. {@code inputScale}. */
    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String help() {
        return help;
    }

    @Override
    public String messageKey() {
        return "param." + id;
    }

    @Override
    public boolean labelsPins() {
        return labelsPins;
    }

    @Override
    public String text(SimulationParams params) {
        double value = get(params);
        return integer() ? Long.toString((long) value) : Double.toString(value);
    }

    /** The book's value. */
    public double defaultValue() {
        return defaultValue;
    }

    /** The slider's span and the keys' steps. */
    public SliderScale slider() {
        return slider;
    }

    /** The variable that holds it in the exported Python script, e.g. {@code input_scale}. */
    public String pythonName() {
        return pythonName;
    }

    /** Its value in {@code params}. */
    public double get(SimulationParams params) {
        return getter.applyAsDouble(params);
    }

    /** {@code params} with this parameter set to {@code value}; refused unless {@link #accepts(double)}. */
    public SimulationParams with(SimulationParams params, double value) {
        return params.with(this, value);
    }

    /** The smallest allowed value (excluded itself when {@link #minExclusive()}). */
    public double min() {
        return range.min;
    }

    /** The largest allowed value. */
    public double max() {
        return range.max;
    }

    /** Whether only whole numbers are allowed. */
    public boolean integer() {
        return range.integer;
    }

    /** Whether {@link #min()} itself is refused ("greater than 0"). */
    public boolean minExclusive() {
        return range.minExclusive;
    }

    /** The allowed values in words, e.g. "an integer from 1 to 1024" or "a number greater than 0". */
    public String allowed() {
        if (minExclusive()) {
            return "a number greater than " + format(min());
        }
        return (integer() ? "an integer" : "a number") + " from " + format(min()) + " to " + format(max());
    }

    /** Whether {@code value} is allowed: finite, in range and, for integer parameters, whole. */
    public boolean accepts(double value) {
        if (!Double.isFinite(value) || value > max() || value < min() || (minExclusive() && value == min())) {
            return false;
        }
        return !integer() || value == Math.rint(value);
    }

    /** What is wrong with {@code value}, e.g. "must be an integer from 1 to 1024, got 2000"; empty if allowed. */
    public Optional<String> problem(double value) {
        if (accepts(value)) {
            return Optional.empty();
        }
        return Optional.of("must be " + allowed() + ", got " + format(value));
    }

    /** Throws {@link IllegalArgumentException} naming the parameter and its range unless {@code value} is allowed. */
    public void check(double value) {
        problem(value).ifPresent(message -> {
            throw new IllegalArgumentException(id + " " + message);
        });
    }

    private static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Double.toString(value);
    }

    /** The allowed values of a parameter. */
    private record Range(double min, double max, boolean integer, boolean minExclusive) {
        static Range integers(double min, double max) {
            return new Range(min, max, true, false);
        }

        static Range numbers(double min, double max) {
            return new Range(min, max, false, false);
        }

        static Range greaterThan(double min) {
            return new Range(min, Double.MAX_VALUE, false, true);
        }
    }
}
