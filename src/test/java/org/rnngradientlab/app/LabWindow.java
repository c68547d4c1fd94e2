package org.rnngradientlab.app;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.app.view.MainView;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
import org.rnngradientlab.app.window.Appearance;
import org.rnngradientlab.app.window.MemorySettings;
import org.rnngradientlab.app.window.ScriptedDialogs;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window (controller, view, view-model, worker threads) in a TestFX stage, with settings in memory
 * and dialogs answered from a script.
 */
final class LabWindow {

    final MemorySettings settings;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final WindowController controller;
    final LiveSimulation live;
    final LabViewModel model;
    private final Stage stage;

    LabWindow(Stage stage, SimulationParams start) {
        this(stage, start, "en");
    }

    LabWindow(Stage stage, SimulationParams start, String language) {
        this.stage = stage;
        Resources.loadFonts();
        settings = new MemorySettings(language);
        live = LiveSimulation.withWorkerThreads(new GradientSimulator());
        controller = new WindowController(stage, live, settings, new Appearance(settings), dialogs);
        model = controller.model();
        model.setParams(start);
        controller.show(Optional.empty());
    }

    /** The view shown now (a new one after a change of language). */
    MainView view() {
        return controller.view();
    }

    /** Waits until the shown run is for the current parameters, and is drawn. */
    void awaitSettled() {
        awaitComputed();
        WaitForAsyncUtils.waitForFxEvents();
        awaitDrawn();
    }

    /**
     * Waits until the view-model holds the run for the current parameters, and no longer: the FX thread may
     * still be drawing it.
     */
    void awaitComputed() {
        waitUntil(
                () -> !model.busyProperty().get()
                        && model.runProperty().get() != null
                        && model.runProperty().get().params().equals(model.getParams()),
                20);
    }

    /**
     * Waits for the next pulse to have laid out the scene: the view redraws what changed just before that
     * (one redraw per pulse), so what the model holds now is on screen afterwards.
     */
    void awaitDrawn() {
        CountDownLatch laidOut = new CountDownLatch(1);
        Runnable listener = laidOut::countDown;
        Platform.runLater(() -> {
            stage.getScene().addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        try {
            if (!laidOut.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("no pulse within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(listener));
        }
    }

    static void awaitTrue(BooleanSupplier condition) {
        awaitTrue(condition, 20);
    }

    static void awaitTrue(BooleanSupplier condition, int seconds) {
        waitUntil(condition, seconds);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
