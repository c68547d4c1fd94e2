package org.rnngradientlab.app;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.rnngradientlab.app.view.MainView;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
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

    LabWindow(Stage stage, SimulationParams start) {
        this(stage, start, "en");
    }

    LabWindow(Stage stage, SimulationParams start, String language) {
        Resources.loadFonts();
        settings = new MemorySettings(language);
        live = LiveSimulation.withWorkerThreads(new GradientSimulator());
        controller = new WindowController(stage, live, settings, dialogs, Runnable::run);
        model = controller.model();
        model.setParams(start);
        controller.show(Optional.empty());
    }

    /** The view shown now (a new one after a change of language). */
    MainView view() {
        return controller.view();
    }

    /** Waits until the shown run is for the current parameters. */
    void awaitSettled() {
        awaitTrue(() -> !model.busyProperty().get()
                && model.runProperty().get() != null
                && model.runProperty().get().params().equals(model.getParams()));
    }

    static void awaitTrue(BooleanSupplier condition) {
        awaitTrue(condition, 20);
    }

    static void awaitTrue(BooleanSupplier condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
