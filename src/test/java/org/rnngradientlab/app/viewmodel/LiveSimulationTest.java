package org.rnngradientlab.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;

/**
 * Latest wins, without a window: the workers are queues this test runs by hand, and "the FX thread" is the
 * test's thread.
 */
class LiveSimulationTest {

    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Executor queued = worker::add;
    private final Executor here = Runnable::run;
    private final LiveSimulation live = new LiveSimulation(new GradientSimulator(), queued, queued, here);
    private final List<SimulationParams> shownRuns = new ArrayList<>();

    LiveSimulationTest() {
        live.runProperty().addListener((observable, old, run) -> shownRuns.add(run.params()));
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    @Test
    void changesBeforeTheWorkerStartsCostOneComputationOfTheLastParameters() {
        SimulationParams last = SimulationParams.BOOK.with(Parameter.SCALE, 0.5);
        live.submit(SimulationParams.BOOK.with(Parameter.SCALE, 2.0));
        live.submit(SimulationParams.BOOK.with(Parameter.HIDDEN, 5));
        live.submit(last);
        assertThat(live.busyProperty().get()).isTrue();
        runWorker();
        assertThat(shownRuns).containsOnly(last);
        assertThat(live.runProperty().get().params()).isEqualTo(last);
        assertThat(live.runProperty().get().spectrum()).isPresent();
        assertThat(live.busyProperty().get()).isFalse();
    }

    @Test
    void anLstmRunBringsThePlainTanhRnnOnTheSameWeightsAndInputs() {
        SimulationParams lstm = SimulationParams.BOOK
                .with(Parameter.HIDDEN, 8)
                .with(Parameter.STEPS, 30)
                .with(ChoiceParameter.MODE, BackpropMode.LSTM)
                .with(Parameter.FORGET_BIAS, 3);
        live.submit(lstm);
        runWorker();
        BackpropRun rnn = live.rnnProperty().get();
        assertThat(rnn).isNotNull();
        assertThat(rnn.params()).isEqualTo(lstm.with(ChoiceParameter.MODE, BackpropMode.TANH));
        assertThat(rnn.norms().log10Norms())
                .containsExactly(new GradientSimulator()
                        .run(lstm.with(ChoiceParameter.MODE, BackpropMode.TANH))
                        .norms()
                        .log10Norms());

        live.submit(lstm.with(ChoiceParameter.MODE, BackpropMode.TANH));
        runWorker();
        assertThat(live.rnnProperty().get()).isNull();
    }

    @Test
    void theRnnFollowsTheLstmRunItBelongsTo() {
        SimulationParams lstm = SimulationParams.BOOK.with(ChoiceParameter.MODE, BackpropMode.LSTM);
        live.submit(lstm);
        runWorker();
        live.submit(lstm.with(Parameter.SCALE, 0.5));
        assertThat(live.rnnProperty().get().params().scale()).isEqualTo(1.0);
        runWorker();
        assertThat(live.rnnProperty().get().params().scale()).isEqualTo(0.5);
    }

    @Test
    void pinnedRunsAreComputedInOrderAndShownOnce() {
        List<SimulationParams> pins = List.of(SimulationParams.BOOK.with(Parameter.SCALE, 0.5), SimulationParams.BOOK);
        List<List<BackpropRun>> shown = new ArrayList<>();
        live.submitPins(pins, shown::add);
        assertThat(shown).isEmpty();
        runWorker();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).extracting(BackpropRun::params).containsExactlyElementsOf(pins);
    }

    @Test
    void newerPinsSupersedeOlderOnesWhichAreNeverShown() {
        List<List<BackpropRun>> older = new ArrayList<>();
        List<List<BackpropRun>> newer = new ArrayList<>();
        live.submitPins(List.of(SimulationParams.BOOK.with(Parameter.HIDDEN, 7)), older::add);
        live.submitPins(List.of(SimulationParams.BOOK.with(Parameter.SCALE, 0.5)), newer::add);
        runWorker();
        assertThat(older).isEmpty();
        assertThat(newer).hasSize(1);
    }

    @Test
    void pinsComputedButSupersededBeforeReachingTheFxThreadAreDropped() {
        Queue<Runnable> fxThread = new ArrayDeque<>();
        LiveSimulation slowFx = new LiveSimulation(new GradientSimulator(), queued, queued, fxThread::add);
        List<List<BackpropRun>> older = new ArrayList<>();
        List<List<BackpropRun>> newer = new ArrayList<>();
        slowFx.submitPins(List.of(SimulationParams.BOOK), older::add);
        runWorker();
        slowFx.submitPins(List.of(SimulationParams.BOOK.with(Parameter.SCALE, 0.5)), newer::add);
        runWorker();
        while (!fxThread.isEmpty()) {
            fxThread.poll().run();
        }
        assertThat(older).isEmpty();
        assertThat(newer).hasSize(1);
    }

    @Test
    void anEmptyListCancelsPinsStillPending() {
        List<List<BackpropRun>> shown = new ArrayList<>();
        live.submitPins(List.of(SimulationParams.BOOK), shown::add);
        live.submitPins(List.of(), runs -> {});
        runWorker();
        assertThat(shown).isEmpty();
    }
}
