package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;

/**
 * Every entry of the parameter set reaches every edge from its one description: a command-line option, a
 * key in {@code simulate}'s JSON, a lesson-file field that round-trips, and {@code --lesson} with the option
 * given on top of it. A parameter added to the description is covered here without a new line.
 */
class EveryParameterTest {

    @TempDir
    Path folder;

    static List<SimulationParameter> parameters() {
        return SimulationParameter.all();
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void anOptionSetsItAndSimulateReportsItUnderItsKey(SimulationParameter parameter) throws Exception {
        String value = otherValue(parameter);
        List<String> args = new ArrayList<>(List.of("simulate", parameter.flag(), value));
        if (parameter != Parameter.STEPS) {
            args.addAll(List.of("--steps", "2"));
        }
        if (!parameter.appliesTo(SimulationParams.BOOK)) {
            args.addAll(List.of(parameter.condition().split(" ")));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode params = new ObjectMapper().readTree(run.out()).get("params");
        assertThat(params.size()).isEqualTo(SimulationParameter.all().size());
        assertThat(params.get(parameter.key()).asText()).isEqualTo(value);
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void aLessonKeepsItAndTheOptionOverridesTheLesson(SimulationParameter parameter) throws Exception {
        SimulationParams changed = withOtherValue(SimulationParams.BOOK, parameter);
        assertThat(changed).isNotEqualTo(SimulationParams.BOOK);
        Lesson lesson = new Lesson(changed, List.of(), Lesson.Overlays.DEFAULT, "en");
        Path file = folder.resolve(parameter.id() + ".json");
        LessonFile.write(lesson, file);
        assertThat(LessonFile.read(file)).isEqualTo(lesson);

        CliRun fromLesson = CliRun.of("simulate", "--lesson", file.toString());
        JsonNode params = new ObjectMapper().readTree(fromLesson.out()).get("params");
        assertThat(params.get(parameter.key()).asText()).isEqualTo(parameter.text(changed));

        String book = parameter.text(SimulationParams.BOOK);
        CliRun overridden = CliRun.of("simulate", "--lesson", file.toString(), parameter.flag(), book);
        params = new ObjectMapper().readTree(overridden.out()).get("params");
        assertThat(params.get(parameter.key()).asText()).isEqualTo(book);
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void helpNamesItsFlagAndDefault(SimulationParameter parameter) {
        String help = CliRun.of("simulate", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains(parameter.flag() + "=" + parameter.label());
        assertThat(help).contains(parameter.help());
    }

    /** A value other than the book's, as the command line writes it. */
    private static String otherValue(SimulationParameter parameter) {
        return parameter.text(withOtherValue(SimulationParams.BOOK, parameter));
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void whereItDoesNotApplyTheOptionIsRefusedNamingWhatWouldMakeItApply(SimulationParameter parameter) {
        if (parameter.appliesTo(SimulationParams.BOOK)) {
            return;
        }
        CliRun run = CliRun.of("simulate", parameter.flag(), otherValue(parameter));
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains(parameter.flag()).contains("applies only with " + parameter.condition());
    }

    /** {@code p} with another value of {@code parameter}, in a mode where it applies. */
    private static SimulationParams withOtherValue(SimulationParams p, SimulationParameter parameter) {
        if (!parameter.appliesTo(p)) {
            p = p.with(ChoiceParameter.MODE, BackpropMode.LSTM);
        }
        if (parameter instanceof Parameter number) {
            return p.with(number, number.defaultValue() + 1);
        }
        return other(p, (ChoiceParameter<?>) parameter);
    }

    private static <E extends Enum<E> & Choice> SimulationParams other(SimulationParams p, ChoiceParameter<E> c) {
        E other = c.values().stream().filter(v -> v != c.get(p)).findFirst().orElseThrow();
        return p.with(c, other);
    }
}
