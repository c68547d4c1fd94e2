package org.rnngradientlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error nothing caught is reported once, in a dialog, and the app goes on. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {

    private final List<Throwable> shown = new ArrayList<>();
    private final List<Runnable> closers = new ArrayList<>();
    private final ErrorReporter reporter = new ErrorReporter((error, closed) -> {
        shown.add(error);
        closers.add(closed);
    });
    private int clicks;

    @Start
    void start(Stage stage) {
        Button button = new Button("fails");
        button.setId("fails");
        button.setOnAction(e -> {
            clicks++;
            throw new IllegalStateException("broken handler " + clicks);
        });
        stage.setScene(new Scene(button, 200, 100));
        stage.show();
        reporter.install();
    }

    @AfterEach
    void uninstall() {
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @Test
    void anErrorInAnEventHandlerIsShownAndTheAppKeepsRunning(FxRobot robot) throws Exception {
        robot.clickOn("#fails");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0)).hasMessage("broken handler 1");

        robot.clickOn("#fails");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).as("no second dialog over the first").hasSize(1);

        robot.interact(() -> closers.get(0).run());
        robot.clickOn("#fails");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).hasSize(2);
        assertThat(clicks).isEqualTo(3);
        CountDownLatch alive = new CountDownLatch(1);
        Platform.runLater(alive::countDown);
        assertThat(alive.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anErrorInAnotherThreadIsShownOnTheFxThread(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new ArithmeticException("worker failed");
        });
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).extracting(Throwable::getMessage).containsExactly("worker failed");
    }
}
