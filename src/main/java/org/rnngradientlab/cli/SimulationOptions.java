package org.rnngradientlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoublePredicate;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.WeightInit;
import org.rnngradientlab.io.AtomicFiles;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The simulation options shared by {@code simulate}, {@code export} and {@code bench}; defaults are the book's. */
public final class SimulationOptions {

    @Option(
            names = "--hidden",
            paramLabel = "H",
            defaultValue = "3",
            converter = Hidden.class,
            description = "Hidden size H, an integer from 1 to 1024 (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(
            names = "--steps",
            paramLabel = "T",
            defaultValue = "20",
            converter = Steps.class,
            description = "Time steps T to propagate back, an integer from 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "3",
            converter = Seed.class,
            description =
                    "Seed of numpy's legacy generator, an integer from 0 to 4294967295 (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--scale",
            paramLabel = "C",
            defaultValue = "1.0",
            converter = Scale.class,
            description = "Weight scale, a number from 0 to 10 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(
            names = "--init",
            paramLabel = "randn|rand",
            defaultValue = "randn",
            converter = Init.class,
            description = "How W0 is drawn: np.random.randn or np.random.rand (default: ${DEFAULT-VALUE}).")
    WeightInit init;

    @Option(
            names = "--scale-mode",
            paramLabel = "raw|spectral",
            defaultValue = "raw",
            converter = ScaleModes.class,
            description = "raw: Wh = scale * W0 (the book's); spectral: the spectral radius of Wh equals the scale "
                    + "(default: ${DEFAULT-VALUE}).")
    ScaleMode scaleMode;

    @Option(
            names = "--mode",
            paramLabel = "matmul|tanh",
            defaultValue = "matmul",
            converter = Modes.class,
            description =
                    "matmul: the book's experiment, tanh left out; tanh: the full RNN (default: ${DEFAULT-VALUE}).")
    BackpropMode mode;

    @Option(
            names = "--batch",
            paramLabel = "N",
            defaultValue = "2",
            converter = Batch.class,
            description = "Mini-batch size N, an integer from 1 to 64 (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(
            names = "--input-scale",
            paramLabel = "S",
            defaultValue = "1.0",
            converter = InputScale.class,
            description = "Standard deviation of the inputs x, a number from 0 to 10 (default: ${DEFAULT-VALUE}).")
    double inputScale;

    @Option(
            names = "--max-norm",
            paramLabel = "M",
            defaultValue = "5.0",
            converter = MaxNorm.class,
            description = "Threshold of clip_grads, a number greater than 0 (default: ${DEFAULT-VALUE}).")
    double maxNorm;

    @Option(
            names = "--lesson",
            paramLabel = "LESSON.json",
            description = "Starts from the parameters of a lesson file saved by the window; the options given here "
                    + "override them.")
    Path lessonFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Lesson lesson;

    /**
     * The parameters: the options as given (each already checked by its converter), over those of the
     * lesson file if one is named.
     *
     * @throws ParameterException when the lesson file cannot be read, naming the file and the problem
     */
    public SimulationParams toParams() {
        SimulationParams given =
                new SimulationParams(hidden, steps, seed, scale, init, scaleMode, mode, batch, inputScale, maxNorm);
        if (lessonFile == null) {
            return given;
        }
        return overriddenBy(given, lesson().orElseThrow().params());
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

    /** {@code base} with every option that was given on the command line taken from {@code options}. */
    private SimulationParams overriddenBy(SimulationParams options, SimulationParams base) {
        SimulationParams p = base;
        if (given("--hidden")) {
            p = p.withHidden(options.hidden());
        }
        if (given("--steps")) {
            p = p.withSteps(options.steps());
        }
        if (given("--seed")) {
            p = p.withSeed(options.seed());
        }
        if (given("--scale")) {
            p = p.withScale(options.scale());
        }
        if (given("--init")) {
            p = p.withInit(options.init());
        }
        if (given("--scale-mode")) {
            p = p.withScaleMode(options.scaleMode());
        }
        if (given("--mode")) {
            p = p.withMode(options.mode());
        }
        if (given("--batch")) {
            p = p.withBatch(options.batch());
        }
        if (given("--input-scale")) {
            p = p.withInputScale(options.inputScale());
        }
        if (given("--max-norm")) {
            p = p.withMaxNorm(options.maxNorm());
        }
        return p;
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

    static final class Hidden extends Integers {
        Hidden() {
            super(Parameter.HIDDEN);
        }
    }

    static final class Steps extends Integers {
        Steps() {
            super(Parameter.STEPS);
        }
    }

    static final class Batch extends Integers {
        Batch() {
            super(Parameter.BATCH);
        }
    }

    static final class Seed extends NumberConverter<Long> {
        Seed() {
            super(Parameter.SEED);
        }

        @Override
        Long cast(double value) {
            return (long) value;
        }
    }

    static final class Scale extends Decimals {
        Scale() {
            super(Parameter.SCALE);
        }
    }

    static final class InputScale extends Decimals {
        InputScale() {
            super(Parameter.INPUT_SCALE);
        }
    }

    static final class MaxNorm extends Decimals {
        MaxNorm() {
            super(Parameter.MAX_NORM);
        }
    }

    /** Converts a {@link Choice} name, naming the allowed names on error. */
    abstract static class ChoiceConverter<E extends Enum<E> & Choice> implements ITypeConverter<E>, Described {
        private final Class<E> type;

        ChoiceConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String allowed() {
            return "one of " + Choice.ids(type);
        }

        @Override
        public E convert(String text) {
            try {
                return Choice.fromId(type, text.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Init extends ChoiceConverter<WeightInit> {
        Init() {
            super(WeightInit.class);
        }
    }

    static final class ScaleModes extends ChoiceConverter<ScaleMode> {
        ScaleModes() {
            super(ScaleMode.class);
        }
    }

    static final class Modes extends ChoiceConverter<BackpropMode> {
        Modes() {
            super(BackpropMode.class);
        }
    }
}
