package org.rnngradientlab.core;

import java.util.Locale;
import java.util.Optional;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The numeric simulation parameters and the values each allows. Every edge (command line, value fields,
 * lesson files) checks input against these ranges, so all of them refuse the same values with the same
 * range in the message.
 */
public enum Parameter {
    HIDDEN("hidden", 1, 1024, true, false),
    STEPS("steps", 1, 10_000, true, false),
    SEED("seed", 0, LegacyRandomState.MAX_SEED, true, false),
    SCALE("scale", 0, 10, false, false),
    BATCH("batch", 1, 64, true, false),
    INPUT_SCALE("input-scale", 0, 10, false, false),
    MAX_NORM("max-norm", 0, Double.MAX_VALUE, false, true);

    private final String id;
    private final double min;
    private final double max;
    private final boolean integer;
    private final boolean minExclusive;

    Parameter(String id, double min, double max, boolean integer, boolean minExclusive) {
        this.id = id;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.minExclusive = minExclusive;
    }

    /** The name used on the command line ({@code --id}) and in lesson files. */
    public String id() {
        return id;
    }

    /** The smallest allowed value (excluded itself when {@link #minExclusive()}). */
    public double min() {
        return min;
    }

    /** The largest allowed value. */
    public double max() {
        return max;
    }

    /** Whether only whole numbers are allowed. */
    public boolean integer() {
        return integer;
    }

    /** Whether {@link #min()} itself is refused ("greater than 0"). */
    public boolean minExclusive() {
        return minExclusive;
    }

    /** The allowed values in words, e.g. "an integer from 1 to 1024" or "a number greater than 0". */
    public String allowed() {
        if (minExclusive) {
            return "a number greater than " + format(min);
        }
        return (integer ? "an integer" : "a number") + " from " + format(min) + " to " + format(max);
    }

    /** Whether {@code value} is allowed: finite, in range and, for integer parameters, whole. */
    public boolean accepts(double value) {
        if (!Double.isFinite(value) || value > max || value < min || (minExclusive && value == min)) {
            return false;
        }
        return !integer || value == Math.rint(value);
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
}
