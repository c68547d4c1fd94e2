package org.rnngradientlab.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Results arrive off the FX thread, newest wins, and a storm of changes ends on exactly the last ones. */
class LiveUpdatesTest extends WindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aStormOfAThousandChangesEndsShowingExactlyTheLastParameters(FxRobot robot) {
        Random random = new Random(42);
        robot.interact(() -> {
            for (int i = 0; i < 1000; i++) {
                switch (i % 5) {
                    case 0 -> window.model.set(Parameter.SCALE, random.nextInt(300) / 100.0);
                    case 1 -> window.model.set(Parameter.HIDDEN, 1 + random.nextInt(48));
                    case 2 -> window.model.set(Parameter.STEPS, 1 + random.nextInt(300));
                    case 3 -> window.model.set(
                            ChoiceParameter.MODE, random.nextBoolean() ? BackpropMode.MATMUL : BackpropMode.TANH);
                    default -> window.model.set(Parameter.SEED, random.nextInt(1000));
                }
            }
        });
        SimulationParams last = window.model.getParams();
        window.awaitSettled();
        LabWindow.awaitTrue(() -> window.model.runProperty().get().isComplete());
        assertThat(window.model.runProperty().get().params()).isEqualTo(last);
        assertThat(window.model.failureProperty().get()).isNull();
        assertThat(uncaught).isEmpty();
        assertThat(window.view().chartPane().chart().getData()).isNotEmpty();
    }

    @Test
    void aScaleOnlyChangeInMatmulModeIsShownWithinAFrameEvenForALongRun(FxRobot robot) {
        robot.interact(() -> window.model.setParams(
                SimulationParams.BOOK.with(Parameter.HIDDEN, 256).with(Parameter.STEPS, 10_000)));
        window.awaitSettled();
        LabWindow.awaitTrue(() -> window.model.runProperty().get().spectrum().isPresent());
        window.awaitDrawn();
        long start = System.nanoTime();
        robot.interact(() -> window.model.set(Parameter.SCALE, 0.3));
        window.awaitComputed();
        double elapsedMs = (System.nanoTime() - start) / 1e6;
        assertThat(window.model.runProperty().get().params().scale()).isEqualTo(0.3);
        assertThat(elapsedMs).as("a rescale is O(T), no matrix work").isLessThan(1000);
    }
}
