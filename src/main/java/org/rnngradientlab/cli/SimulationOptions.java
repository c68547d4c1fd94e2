package org.rnngradientlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The simulation options shared by {@code simulate}, {@code export} and {@code bench}: one option for each
 * {@link SimulationParameter}, made from its description (flag, placeholder, help, allowed values, default),
 * plus {@code --lesson}. Defaults are the book's.
 */
public final class SimulationOptions {

    @Option(
            names = "--lesson",
            paramLabel = "LESSON.json",
            description = "Starts from the parameters of a lesson file saved by the window; the options given here "
                    + "override them.")
    Path lessonFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private final Map<SimulationParameter, Object> given = new LinkedHashMap<>();
    private Lesson lesson;

    /** Adds the parameters' options to every command of {@code commandLine} that mixes these options in. */
    static void addParameterOptions(CommandLine commandLine) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            for (CommandSpec mixin : sub.getCommandSpec().mixins().values()) {
                if (mixin.userObject() instanceof SimulationOptions options) {
                    options.addParameterOptions();
                }
            }
            addParameterOptions(sub);
        }
    }

    private void addParameterOptions() {
        for (SimulationParameter parameter : SimulationParameter.all()) {
            ITypeConverter<?> converter;
            String allowed;
            if (parameter instanceof Parameter number) {
                converter = new NumberConverter<Double>(number) {
                    @Override
                    Double cast(double value) {
                        return value;
                    }
                };
                allowed = ", " + number.allowed();
            } else {
                ChoiceParameter<?> choice = (ChoiceParameter<?>) parameter;
                converter = new ChoiceConverter<>(choice);
                allowed = ""; // the placeholder lists the names
            }
            command.addOption(OptionSpec.builder(parameter.flag())
                    .paramLabel(parameter.label())
                    .type(Object.class)
                    .converters(converter)
                    .description(
                            parameter.help() + allowed + " (default: " + parameter.text(SimulationParams.BOOK) + ").")
                    .setter(new ISetter() {
                        @Override
                        public <T> T set(T value) {
                            if (value == null) {
                                given.remove(parameter); // picocli resets every option before parsing
                            } else {
                                given.put(parameter, value);
                            }
                            return null;
                        }
                    })
                    .build());
        }
    }

    /**
     * The parameters: the options as given (each already checked by its converter), over those of the
     * lesson file if one is named, over the book's.
     *
     * @throws ParameterException when the lesson file cannot be read, naming the file and the problem
     */
    public SimulationParams toParams() {
        SimulationParams p = lessonFile == null
                ? SimulationParams.BOOK
                : lesson().orElseThrow().params();
        for (Map.Entry<SimulationParameter, Object> option : given.entrySet()) {
            p = with(p, option.getKey(), option.getValue());
        }
        for (SimulationParameter parameter : given.keySet()) {
            if (!parameter.appliesTo(p)) {
                throw new ParameterException(
                        command.commandLine(),
                        "Invalid value for option '" + parameter.flag() + "': it applies only with "
                                + parameter.condition());
            }
        }
        return p;
    }

    private static SimulationParams with(SimulationParams p, SimulationParameter parameter, Object value) {
        if (parameter instanceof Parameter number) {
            return p.with(number, (Double) value);
        }
        return withChoice(p, (ChoiceParameter<?>) parameter, value);
    }

    private static <E extends Enum<E> & Choice> SimulationParams withChoice(
            SimulationParams p, ChoiceParameter<E> parameter, Object value) {
        return p.with(parameter, parameter.type().cast(value));
    }

    /** The lesson file named by {@code --lesson}, read once. */
    public Optional<Lesson> lesson() {
        if (lessonFile == null) {
            return Optional.empty();
        }
        if (lesson == null) {
            try {
                lesson = LessonFile.read(lessonFile);
            } catch (IOException e) {
                throw new ParameterException(
                        command.commandLine(),
                        "Invalid value for option '--lesson': '" + lessonFile + "' cannot be used: "
                                + AtomicFiles.reason(e));
            }
        }
        return Optional.of(lesson);
    }

    /** Whether {@code option} was given on the command line (rather than taken from its default). */
    boolean given(String option) {
        return command.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** A converter that can say which values it accepts, e.g. "an integer from 1 to 1024". */
    interface Described {
        String allowed();
    }

    /** Parses a number and checks its range, with a message naming the range. */
    abstract static class NumberConverter<T extends Number> implements ITypeConverter<T>, Described {
        private final String allowed;
        private final DoublePredicate accepts;

        NumberConverter(Parameter parameter) {
            this(parameter.allowed(), parameter::accepts);
        }

        NumberConverter(String allowed, DoublePredicate accepts) {
            this.allowed = allowed;
            this.accepts = accepts;
        }

        abstract T cast(double value);

        @Override
        public String allowed() {
            return allowed;
        }

        @Override
        public T convert(String text) {
            String plain = text.trim();
            // Java also reads "NaN", "Infinity", hexadecimal and "1d"/"1f"; a user means none of them
            if (!plain.toLowerCase(Locale.ROOT).matches(".*(nan|inf|[dfx]).*")) {
                try {
                    double value = Double.parseDouble(plain);
                    if (accepts.test(value)) {
                        return cast(value);
                    }
                } catch (NumberFormatException e) {
                    // reported below, with the allowed range
                }
            }
            throw new TypeConversionException("must be " + allowed + ", got '" + text + "'");
        }
    }

    /** A whole number in a range. */
    abstract static class Integers extends NumberConverter<Integer> {
        Integers(Parameter parameter) {
            super(parameter);
        }

        Integers(int min, int max) {
            super("an integer from " + min + " to " + max, v -> v >= min && v <= max && v == Math.rint(v));
        }

        @Override
        Integer cast(double value) {
            return (int) value;
        }
    }

    /** A decimal number in a range. */
    abstract static class Decimals extends NumberConverter<Double> {
        Decimals(Parameter parameter) {
            super(parameter);
        }

        Decimals(double min, double max) {
            super("a number from " + format(min) + " to " + format(max), v -> v >= min && v <= max);
        }

        private static String format(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }

        @Override
        Double cast(double value) {
            return value;
        }
    }

    /** Converts a {@link Choice} name, naming the allowed names on error. */
    static final class ChoiceConverter<E extends Enum<E> & Choice> implements ITypeConverter<E>, Described {
        private final ChoiceParameter<E> parameter;

        ChoiceConverter(ChoiceParameter<E> parameter) {
            this.parameter = parameter;
        }

        @Override
        public String allowed() {
            return parameter.allowed();
        }

        @Override
        public E convert(String text) {
            try {
                return parameter.fromId(text.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
