package org.rnngradientlab.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rnngradientlab.app.view.AppActions;
import org.rnngradientlab.app.view.MainView;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.util.WaitForAsyncUtils;

/** The main view in a real stage with real worker threads, for TestFX; actions are recorded. */
final class LabWindow implements AppActions {

    final LiveSimulation live;
    final LabViewModel model;
    final MainView view;
    final Messages messages;
    final List<String> actions = new ArrayList<>();

    LabWindow(Stage stage, SimulationParams start) {
        this(stage, start, Locale.ENGLISH);
    }

    LabWindow(Stage stage, SimulationParams start, Locale language) {
        Resources.loadFonts();
        live = LiveSimulation.withWorkerThreads(new GradientSimulator());
        model = new LabViewModel(live);
        model.setParams(start);
        messages = new Messages(Resources.messages(language), new NumberText(Locale.ROOT));
        view = new MainView(model, messages, this);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().setAll(Resources.stylesheet("app.css"));
        stage.setScene(scene);
        stage.setTitle(RnnGradientLabApp.TITLE);
        stage.show();
    }

    /** Waits until the shown run is for the current parameters. */
    void awaitSettled() {
        awaitTrue(() -> !model.busyProperty().get()
                && model.runProperty().get() != null
                && model.runProperty().get().params().equals(model.getParams()));
    }

    static void awaitTrue(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void exportChart() {
        actions.add("exportChart");
    }

    @Override
    public void copyChart() {
        actions.add("copyChart");
    }

    @Override
    public void exportCsv() {
        actions.add("exportCsv");
    }

    @Override
    public void showShortcuts() {
        actions.add("showShortcuts");
    }

    @Override
    public void showAbout() {
        actions.add("showAbout");
    }

    @Override
    public void quit() {
        actions.add("quit");
    }
}
