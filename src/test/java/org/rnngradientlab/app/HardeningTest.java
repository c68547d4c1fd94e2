package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.WeightInit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A class driving the app fast and carelessly: storms of changes, the largest runs. */
class HardeningTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void tenThousandRandomChangesEndOnTheLastStateWithoutLeakingThreadsOrHeap(FxRobot robot) {
        window.awaitSettled();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        settleHeap();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        int threadsBefore = Thread.activeCount();
        Random random = new Random(7);
        for (int burst = 0; burst < 10; burst++) {
            robot.interact(() -> {
                for (int i = 0; i < 1000; i++) {
                    randomChange(random);
                }
            });
        }
        SimulationParams last = window.model.getParams();
        window.awaitSettled();
        LabWindow.awaitTrue(() -> window.model.runProperty().get().isComplete());
        assertThat(window.model.runProperty().get().params()).isEqualTo(last);
        assertThat(window.model.failureProperty().get()).isNull();
        assertThat(uncaught).isEmpty();
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 2);
        settleHeap();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(80L << 20);
    }

    private void randomChange(Random random) {
        switch (random.nextInt(9)) {
            case 0 -> window.model.set(Parameter.SCALE, random.nextInt(1000) / 100.0);
            case 1 -> window.model.set(Parameter.HIDDEN, 1 + random.nextInt(64));
            case 2 -> window.model.set(Parameter.STEPS, 1 + random.nextInt(400));
            case 3 -> window.model.set(Parameter.SEED, random.nextInt(Integer.MAX_VALUE));
            case 4 -> window.model.set(Parameter.BATCH, 1 + random.nextInt(8));
            case 5 -> window.model.set(
                    ChoiceParameter.MODE, random.nextBoolean() ? BackpropMode.MATMUL : BackpropMode.TANH);
            case 6 -> window.model.set(ChoiceParameter.INIT, random.nextBoolean() ? WeightInit.RANDN : WeightInit.RAND);
            case 7 -> window.model.set(
                    ChoiceParameter.SCALE_MODE, random.nextBoolean() ? ScaleMode.RAW : ScaleMode.SPECTRAL);
            default -> window.model.set(Parameter.INPUT_SCALE, random.nextInt(50) / 10.0);
        }
    }

    @Test
    void theLargestRunShowsProgressKeepsTheWindowResponsiveAndIsCancelledByTheNextChange(FxRobot robot)
            throws InterruptedException {
        window.awaitSettled();
        SimulationParams largest = SimulationParams.BOOK
                .with(Parameter.HIDDEN, 1024)
                .with(Parameter.STEPS, 10_000)
                .with(Parameter.BATCH, 64)
                .with(ChoiceParameter.MODE, BackpropMode.TANH);
        robot.interact(() -> window.model.setParams(largest));
        LabWindow.awaitTrue(() -> window.model.progressProperty().get() > 0);
        LabWindow.awaitTrue(
                () -> robot.lookup("#progress").queryAs(ProgressBar.class).isVisible());
        assertThat(window.model.busyProperty().get()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(fxRoundTripMillis())
                    .as("the FX thread answers while the run computes")
                    .isLessThan(250);
        }
        long start = System.nanoTime();
        robot.interact(() -> window.model.setParams(SimulationParams.BOOK.with(Parameter.SCALE, 0.5)));
        window.awaitSettled();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(seconds).as("the next change cancels the largest run").isLessThan(5);
        assertThat(window.model.runProperty().get().params())
                .isEqualTo(SimulationParams.BOOK.with(Parameter.SCALE, 0.5));
        assertThat(uncaught).isEmpty();
    }

    @Test
    void theEigenvaluesOfALargeWhArriveInTheBackgroundAfterTheNormChart(FxRobot robot) throws InterruptedException {
        robot.interact(() -> window.model.setParams(
                SimulationParams.BOOK.with(Parameter.HIDDEN, 1024).with(Parameter.SEED, 99)));
        window.awaitSettled();
        assertThat(window.model.runProperty().get().norms().steps()).isEqualTo(20);
        assertThat(window.model.spectrumPendingProperty().get()).isTrue();
        assertThat(window.view().eigenView().lookup(".view-note").isVisible()).isTrue();
        assertThat(fxRoundTripMillis()).isLessThan(250);
        LabWindow.awaitTrue(() -> window.model.runProperty().get().spectrum().isPresent(), 120);
        assertThat(window.model.runProperty().get().spectrum().get().eigenvalues())
                .hasSize(1024);
        assertThat(window.model.criticalScaleProperty().get()).isBetween(0.02, 0.05);
    }

    private static void settleHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static double fxRoundTripMillis() throws InterruptedException {
        long start = System.nanoTime();
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown);
        assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
        return (System.nanoTime() - start) / 1e6;
    }
}
