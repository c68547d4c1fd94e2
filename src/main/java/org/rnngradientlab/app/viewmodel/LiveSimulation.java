package org.rnngradientlab.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.GradientClip;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Progress;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.Spectrum;
import org.rnngradientlab.core.WeightDraw;

/**
 * Runs the simulator off the FX thread for the newest parameters only, and shows the results as they come.
 *
 * <p>Latest wins: {@link #submit} only replaces the pending parameters, a computation whose parameters have
 * been superseded is cancelled at its next step, and results reach the FX thread through at most one queued
 * {@code runLater} that always carries the newest value (the pattern of OpenJFX's
 * {@code Task.updateValue}). So a storm of changes costs one computation at a time and ends showing exactly
 * the last parameters.
 *
 * <p>Two workers: one for the norms (and dWh) and for the curves of pinned runs, one for the spectrum, which
 * takes seconds at H = 1024 and must never hold back the norm chart. Executors are injected so that tests
 * (and the command line's {@code export}) can run everything in one thread.
 *
 * <p>An LSTM run brings its plain tanh RNN along ({@link #rnnProperty()}): the same parameters in tanh
 * mode, so the same W0 and X, computed by the same task right after the LSTM and published the same way.
 *
 * <p>Pinned runs restored from a lesson take the same path: {@link #submitPins} replaces the pending list,
 * a superseded list is cancelled at its next step and its curves are never shown.
 */
public final class LiveSimulation implements AutoCloseable {

    private final GradientSimulator simulator;
    private final Executor normsWorker;
    private final Executor spectrumWorker;
    private final Executor fx;
    private final Runnable shutdown;

    private final AtomicReference<SimulationParams> pendingNorms = new AtomicReference<>();
    private final AtomicReference<SimulationParams> pendingSpectrum = new AtomicReference<>();
    private final AtomicReference<BackpropRun> latestRun = new AtomicReference<>();
    private final AtomicReference<BackpropRun> latestRnn = new AtomicReference<>();
    private final AtomicReference<Double> latestProgress = new AtomicReference<>();
    private final AtomicReference<PinRequest> pendingPins = new AtomicReference<>();

    // FX-thread state
    private SimulationParams wanted;
    private Spectrum knownSpectrum;
    private SimulationParams knownSpectrumFor;
    private PinRequest wantedPins;

    // Properties
    private final ReadOnlyObjectWrapper<BackpropRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<BackpropRun> rnn = new ReadOnlyObjectWrapper<>(this, "rnn");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper spectrumPending = new ReadOnlyBooleanWrapper(this, "spectrumPending");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<RuntimeException> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    /**
     * @param normsWorker runs norm computations one at a time, in order
     * @param spectrumWorker runs spectrum computations one at a time, in order
     * @param fx runs updates on the FX thread (Platform::runLater in the app)
     */
    public LiveSimulation(GradientSimulator simulator, Executor normsWorker, Executor spectrumWorker, Executor fx) {
        this(simulator, normsWorker, spectrumWorker, fx, () -> {});
    }

    private LiveSimulation(
            GradientSimulator simulator,
            Executor normsWorker,
            Executor spectrumWorker,
            Executor fx,
            Runnable shutdown) {
        this.simulator = Objects.requireNonNull(simulator);
        this.normsWorker = normsWorker;
        this.spectrumWorker = spectrumWorker;
        this.fx = fx;
        this.shutdown = shutdown;
    }

    /** The app's configuration: two daemon worker threads, results on the FX thread. */
    public static LiveSimulation withWorkerThreads(GradientSimulator simulator) {
        ExecutorService norms = Executors.newSingleThreadExecutor(daemon("rnn-lab-simulation"));
        ExecutorService spectrum = Executors.newSingleThreadExecutor(daemon("rnn-lab-spectrum"));
        return new LiveSimulation(simulator, norms, spectrum, Platform::runLater, () -> {
            norms.shutdownNow();
            spectrum.shutdownNow();
        });
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        };
    }

    // Properties

    /** The newest result shown: for the newest parameters once {@link #busyProperty()} is false. */
    public ReadOnlyObjectProperty<BackpropRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /**
     * Beside a shown LSTM run, the plain tanh RNN on the same W0 and X ({@link #rnnOf}); null while it is
     * computed and whenever the shown run is not an LSTM.
     */
    public ReadOnlyObjectProperty<BackpropRun> rnnProperty() {
        return rnn.getReadOnlyProperty();
    }

    /** Whether the norms for the newest parameters are still being computed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the shown run still waits for its spectrum. */
    public ReadOnlyBooleanProperty spectrumPendingProperty() {
        return spectrumPending.getReadOnlyProperty();
    }

    /** The finished fraction of the running computation, or −1 when none is running. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last computation that failed (not one that was superseded), until the next success. */
    public ReadOnlyObjectProperty<RuntimeException> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    // Commands

    /** Asks for a run with {@code params}; on the FX thread. Returns at once. */
    public void submit(SimulationParams params) {
        wanted = Objects.requireNonNull(params);
        busy.set(true);
        if (pendingNorms.getAndSet(params) == null) {
            normsWorker.execute(this::computeNorms);
        }
    }

    /**
     * Asks for the curves of {@code pins} (a lesson's ghosts); on the FX thread. Returns at once; {@code shown}
     * gets the runs, in order, on the FX thread, unless another call came first: the newest call wins, and
     * an empty list just cancels what is pending.
     */
    public void submitPins(List<SimulationParams> pins, Consumer<List<BackpropRun>> shown) {
        PinRequest request = new PinRequest(List.copyOf(pins), Objects.requireNonNull(shown));
        wantedPins = request;
        if (request.pins().isEmpty()) {
            pendingPins.set(null);
        } else if (pendingPins.getAndSet(request) == null) {
            normsWorker.execute(this::computePins);
        }
    }

    /** Stops the worker threads; pending work is dropped. */
    @Override
    public void close() {
        shutdown.run();
    }

    private void computeNorms() {
        SimulationParams params = pendingNorms.getAndSet(null);
        if (params == null) {
            return;
        }
        Progress progressReport = new Progress() {
            @Override
            public void report(double fraction) {
                publishProgress(fraction);
            }

            @Override
            public boolean isCancelled() {
                return pendingNorms.get() != null;
            }
        };
        try {
            BackpropRun result = simulator.runNorms(params, progressReport);
            if (result.weightSpectrum().isEmpty()) {
                requestSpectrum(params);
            }
            publish(result);
            if (params.mode() == BackpropMode.LSTM && !progressReport.isCancelled()) {
                publishRnn(simulator.runNorms(rnnOf(params), progressReport));
            }
            if (result.clip().isEmpty() && !progressReport.isCancelled()) {
                GradientClip clip = simulator.gradientClip(params, progressReport);
                publish(result.withClip(clip));
            }
        } catch (CancellationException superseded) {
            // newer parameters are pending; their computation follows
        } catch (RuntimeException e) {
            fx.execute(() -> fail(params, e));
        } finally {
            publishProgress(-1);
        }
    }

    private void computePins() {
        PinRequest request = pendingPins.getAndSet(null);
        if (request == null) {
            return;
        }
        Progress cancelledBySuccessor = new Progress() {
            @Override
            public void report(double fraction) {}

            @Override
            public boolean isCancelled() {
                return pendingPins.get() != null;
            }
        };
        try {
            List<BackpropRun> runs = new ArrayList<>();
            for (SimulationParams pin : request.pins()) {
                runs.add(simulator.runNorms(pin, cancelledBySuccessor));
            }
            fx.execute(() -> {
                if (request == wantedPins) {
                    request.shown().accept(List.copyOf(runs));
                }
            });
        } catch (CancellationException superseded) {
            // a newer list is pending; its computation follows
        } catch (RuntimeException e) {
            fx.execute(() -> {
                if (request == wantedPins) {
                    failure.set(e);
                }
            });
        }
    }

    /** The pinned runs asked for, and who shows them. */
    private record PinRequest(List<SimulationParams> pins, Consumer<List<BackpropRun>> shown) {}

    private void requestSpectrum(SimulationParams params) {
        if (pendingSpectrum.getAndSet(params) == null) {
            spectrumWorker.execute(this::computeSpectrum);
        }
    }

    private void computeSpectrum() {
        SimulationParams params = pendingSpectrum.getAndSet(null);
        if (params == null) {
            return;
        }
        try {
            Spectrum spectrum = simulator.weightSpectrum(params);
            fx.execute(() -> attach(params, spectrum));
        } catch (RuntimeException e) {
            fx.execute(() -> fail(params, e));
        }
    }

    private void publish(BackpropRun result) {
        if (latestRun.getAndSet(result) == null) {
            fx.execute(() -> show(latestRun.getAndSet(null)));
        }
    }

    private void publishRnn(BackpropRun result) {
        if (latestRnn.getAndSet(result) == null) {
            fx.execute(() -> showRnn(latestRnn.getAndSet(null)));
        }
    }

    /** The plain tanh RNN on the same W0 and X as the LSTM of {@code lstm}: its parameters in tanh mode. */
    public static SimulationParams rnnOf(SimulationParams lstm) {
        return lstm.with(ChoiceParameter.MODE, BackpropMode.TANH);
    }

    private void showRnn(BackpropRun result) {
        BackpropRun shown = run.get();
        if (shown != null
                && shown.params().mode() == BackpropMode.LSTM
                && rnnOf(shown.params()).equals(result.params())) {
            rnn.set(result);
        }
    }

    private void publishProgress(double fraction) {
        if (latestProgress.getAndSet(fraction) == null) {
            fx.execute(() -> progress.set(latestProgress.getAndSet(null)));
        }
    }

    private void show(BackpropRun result) {
        if (result.weightSpectrum().isEmpty() && sameWeights(knownSpectrumFor, result.params())) {
            result = result.withWeightSpectrum(knownSpectrum);
        }
        BackpropRun companion = rnn.get();
        if (companion != null
                && (result.params().mode() != BackpropMode.LSTM
                        || !rnnOf(result.params()).equals(companion.params()))) {
            rnn.set(null);
        }
        run.set(result);
        busy.set(!result.params().equals(wanted));
        spectrumPending.set(result.weightSpectrum().isEmpty());
        failure.set(null);
    }

    private void attach(SimulationParams params, Spectrum spectrum) {
        knownSpectrum = spectrum;
        knownSpectrumFor = params;
        BackpropRun shown = run.get();
        if (shown != null && shown.weightSpectrum().isEmpty() && sameWeights(params, shown.params())) {
            run.set(shown.withWeightSpectrum(spectrum));
            spectrumPending.set(false);
        }
    }

    private void fail(SimulationParams params, RuntimeException e) {
        if (params.equals(wanted)) {
            busy.set(false);
            spectrumPending.set(false);
            failure.set(e);
        }
    }

    private static boolean sameWeights(SimulationParams a, SimulationParams b) {
        return WeightDraw.sameWeights(a, b);
    }
}
