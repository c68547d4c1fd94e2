package org.rnngradientlab.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.GrowthFactor;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;

/** The view-model without a window: the workers are a queue this test runs by hand. */
class LabViewModelTest {

    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Executor queued = worker::add;
    private final LabViewModel model =
            new LabViewModel(new LiveSimulation(new GradientSimulator(), queued, queued, Runnable::run));

    private static final SimulationParams HALF = SimulationParams.BOOK.with(Parameter.SCALE, 0.5);
    private static final SimulationParams TANH =
            SimulationParams.BOOK.with(Parameter.HIDDEN, 8).with(ChoiceParameter.MODE, BackpropMode.TANH);
    private static final Lesson LESSON =
            new Lesson(TANH, List.of(HALF, SimulationParams.BOOK), new Lesson.Overlays(false, true, false, true), "ko");

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    @Test
    void openingALessonShowsItsParametersAndOverlaysAtOnceAndItsGhostsWhenComputed() {
        model.open(LESSON);
        assertThat(model.getParams()).isEqualTo(TANH);
        ChartContent before = model.chartContent();
        assertThat(before.asymptote()).isFalse();
        assertThat(before.clipping()).isTrue();
        assertThat(before.float64Limits()).isFalse();
        assertThat(before.pins()).isEmpty();
        runWorker();
        ChartContent after = model.chartContent();
        assertThat(after.run().params()).isEqualTo(TANH);
        assertThat(after.pins()).extracting(PinnedRun::params).containsExactly(HALF, SimulationParams.BOOK);
        assertThat(after.pins()).extracting(PinnedRun::slot).containsExactly(0, 1);
        assertThat(after.pins().get(0).log10Norm(20))
                .as("the ghost is the ×0.5 run: it vanishes")
                .isLessThan(after.pins().get(1).log10Norm(20));
    }

    @Test
    void theVerdictOfTanhAndLstmRunsIsTheMeasuredGrowthPerStep() {
        GradientSimulator simulator = new GradientSimulator();
        SimulationParams tanh = SimulationParams.BOOK
                .with(Parameter.HIDDEN, 16)
                .with(Parameter.STEPS, 100)
                .with(Parameter.SCALE, 0.3)
                .with(ChoiceParameter.MODE, BackpropMode.TANH);
        for (SimulationParams params :
                List.of(tanh, tanh.with(ChoiceParameter.MODE, BackpropMode.LSTM).with(Parameter.FORGET_BIAS, 3))) {
            BackpropRun run = simulator.run(params);
            Verdict verdict = LabViewModel.verdictOf(run);
            assertThat(verdict.measured()).isTrue();
            assertThat(verdict.factor())
                    .as(params.mode().id())
                    .isEqualTo(GrowthFactor.of(run.norms()).getAsDouble());
        }
    }

    @Test
    void theVerdictInMatmulModeIsTheSpectralRadius() {
        BackpropRun run = new GradientSimulator().run(HALF);
        assertThat(LabViewModel.verdictOf(run))
                .isEqualTo(Verdict.of(run.spectrum().orElseThrow().spectralRadius(), false));
    }

    @Test
    void theStateOnScreenIsTheLessonItWasOpenedFrom() {
        model.open(LESSON);
        runWorker();
        assertThat(model.lesson("ko")).isEqualTo(LESSON);
    }

    @Test
    void clearingBeforeTheGhostsArriveKeepsThemAway() {
        model.open(LESSON);
        model.clearPins();
        runWorker();
        assertThat(model.pins()).isEmpty();
    }

    @Test
    void aSecondLessonOpenedBeforeTheFirstsGhostsArriveWins() {
        model.open(LESSON);
        Lesson second = new Lesson(SimulationParams.BOOK, List.of(TANH), Lesson.Overlays.DEFAULT, "en");
        model.open(second);
        runWorker();
        assertThat(model.pins()).extracting(PinnedRun::params).containsExactly(TANH);
        assertThat(model.lesson("en")).isEqualTo(second);
    }
}
