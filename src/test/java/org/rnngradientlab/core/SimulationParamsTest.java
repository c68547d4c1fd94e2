package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@code get} and {@code with} over the description of the parameter set. */
class SimulationParamsTest {

    @Test
    void theBooksExperimentIsEveryDefault() {
        for (Parameter parameter : Parameter.values()) {
            assertThat(SimulationParams.BOOK.get(parameter)).as(parameter.id()).isEqualTo(parameter.defaultValue());
        }
        for (ChoiceParameter<?> choice : ChoiceParameter.ALL) {
            assertThat((Object) choice.get(SimulationParams.BOOK)).isEqualTo(choice.defaultValue());
        }
        assertThat(SimulationParams.BOOK)
                .isEqualTo(new SimulationParams(
                        3, 20, 3, 1.0, WeightInit.RANDN, ScaleMode.RAW, BackpropMode.MATMUL, 2, 1.0, 5.0, 0.0));
    }

    @Test
    void everyParameterIsListedOnceInTheOrderOfTheRecord() {
        assertThat(SimulationParameter.all())
                .doesNotHaveDuplicates()
                .hasSize(Parameter.values().length + ChoiceParameter.ALL.size());
        var components = SimulationParams.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            String key = SimulationParameter.all().get(i).key();
            assertThat(key).isEqualTo(components[i].getName());
        }
    }

    @Property
    void withSetsOneParameterAndKeepsTheOthers(@ForAll("settings") Setting setting) {
        SimulationParams changed = SimulationParams.BOOK.with(setting.parameter(), setting.value());
        for (Parameter parameter : Parameter.values()) {
            double expected = parameter == setting.parameter() ? setting.value() : SimulationParams.BOOK.get(parameter);
            assertThat(changed.get(parameter)).as(parameter.id()).isEqualTo(expected);
        }
        assertThat(changed.mode()).isEqualTo(SimulationParams.BOOK.mode());
    }

    @Test
    void withRefusesWhatTheParameterDoesNotAllowNamingIt() {
        assertThatThrownBy(() -> SimulationParams.BOOK.with(Parameter.HIDDEN, 2000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hidden must be an integer from 1 to 1024, got 2000");
        assertThatThrownBy(() -> SimulationParams.BOOK.with(Parameter.SCALE, 0.5 / 0))
                .hasMessageContaining("scale must be a number from 0 to 10");
    }

    @Test
    void aChoiceIsSetByItsName() {
        SimulationParams tanh = ChoiceParameter.MODE.withId(SimulationParams.BOOK, "tanh");
        assertThat(tanh.mode()).isEqualTo(BackpropMode.TANH);
        assertThat(tanh.get(ChoiceParameter.MODE)).isEqualTo(BackpropMode.TANH);
        assertThat(tanh.with(ChoiceParameter.MODE, BackpropMode.MATMUL)).isEqualTo(SimulationParams.BOOK);
        assertThatThrownBy(() -> ChoiceParameter.INIT.withId(SimulationParams.BOOK, "uniform"))
                .hasMessage("expected one of randn|rand, got 'uniform'");
    }

    record Setting(Parameter parameter, double value) {}

    @Provide
    Arbitrary<Setting> settings() {
        return Arbitraries.of(Parameter.values()).flatMap(parameter -> {
            double max = Math.min(parameter.max(), 1e6);
            Arbitrary<Double> values = parameter.integer()
                    ? Arbitraries.longs()
                            .between((long) parameter.min(), (long) max)
                            .map(Long::doubleValue)
                    : Arbitraries.doubles().between(parameter.min(), max).filter(parameter::accepts);
            return Combinators.combine(Arbitraries.just(parameter), values).as(Setting::new);
        });
    }
}
