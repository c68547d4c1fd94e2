package org.rnngradientlab.app.viewmodel;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.GrowthFactor;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.random.LegacyRandomState;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;

/**
 * The state of the lesson on screen: the parameters (one immutable {@link SimulationParams}, the single
 * source of truth), the newest run, what it means (verdict, critical scale), pinned curves and overlay
 * switches, and the commands the controls issue. Views bind to the properties and call the commands;
 * nothing else changes the state.
 */
public final class LabViewModel {

    /** The scale slider's range; typed values may go up to {@link Parameter#SCALE}'s maximum. */
    public static final double SCALE_SLIDER_MAX = Parameter.SCALE.slider().max();

    /** How long a play sweep takes from one end to the other. */
    static final Duration SWEEP = Duration.seconds(7);

    private final LiveSimulation live;

    // Properties
    private final ReadOnlyObjectWrapper<SimulationParams> params =
            new ReadOnlyObjectWrapper<>(this, "params", SimulationParams.BOOK);
    private final ReadOnlyObjectWrapper<Verdict> verdict =
            new ReadOnlyObjectWrapper<>(this, "verdict", Verdict.of(Double.NaN, false));
    private final ReadOnlyDoubleWrapper criticalScale = new ReadOnlyDoubleWrapper(this, "criticalScale", Double.NaN);
    private final ObservableList<PinnedRun> pins = FXCollections.observableArrayList();
    private final BooleanProperty showAsymptote = new SimpleBooleanProperty(this, "showAsymptote", true);
    private final BooleanProperty showClipping = new SimpleBooleanProperty(this, "showClipping", false);
    private final BooleanProperty showFloat64Limits = new SimpleBooleanProperty(this, "showFloat64Limits", true);
    private final BooleanProperty showPins = new SimpleBooleanProperty(this, "showPins", true);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");

    private final DoubleProperty sweptScale = new SimpleDoubleProperty(this, "sweptScale");
    private Timeline sweep;
    private int nextPinSlot;

    public LabViewModel(LiveSimulation live) {
        this.live = Objects.requireNonNull(live);
        live.runProperty().addListener((observable, old, run) -> update(run));
        params.addListener((observable, old, now) -> live.submit(now));
        sweptScale.addListener((observable, old, now) -> setScale(now.doubleValue()));
        live.submit(params.get());
    }

    // Properties

    /** The parameters of the lesson. */
    public ReadOnlyObjectProperty<SimulationParams> paramsProperty() {
        return params.getReadOnlyProperty();
    }

    public SimulationParams getParams() {
        return params.get();
    }

    /** One numeric parameter, for a slider and its value field. */
    public DoubleBinding value(Parameter parameter) {
        return Bindings.createDoubleBinding(() -> params.get().get(parameter), params);
    }

    /** The newest run: for the current parameters once {@link #busyProperty()} is false. */
    public ReadOnlyObjectProperty<BackpropRun> runProperty() {
        return live.runProperty();
    }

    /** Beside an LSTM run, the plain tanh RNN on the same W0 and X; null otherwise. */
    public ReadOnlyObjectProperty<BackpropRun> rnnProperty() {
        return live.rnnProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return live.busyProperty();
    }

    public ReadOnlyBooleanProperty spectrumPendingProperty() {
        return live.spectrumPendingProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return live.progressProperty();
    }

    public ReadOnlyObjectProperty<RuntimeException> failureProperty() {
        return live.failureProperty();
    }

    /** Vanishing, exploding or the edge, with the factor per step. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The scale where ρ(Wh) = 1 (1/ρ(W0) for the raw multiplier); NaN until known. */
    public ReadOnlyDoubleProperty criticalScaleProperty() {
        return criticalScale.getReadOnlyProperty();
    }

    /**
     * Everything the norm chart shows now: the run, the ghosts and the overlay switches. The window draws it,
     * exports it, and the command line's {@code export} draws it for a lesson, so all three agree.
     */
    public ChartContent chartContent() {
        return new ChartContent(
                live.runProperty().get(),
                pins,
                showAsymptote.get(),
                showClipping.get(),
                showFloat64Limits.get(),
                showPins.get(),
                live.rnnProperty().get());
    }

    /** The state on screen as a lesson in {@code language}. */
    public Lesson lesson(String language) {
        return new Lesson(
                params.get(),
                pins.stream().map(PinnedRun::params).toList(),
                new Lesson.Overlays(showAsymptote.get(), showClipping.get(), showFloat64Limits.get(), showPins.get()),
                language);
    }

    /** Curves kept as ghosts, oldest first. */
    public ObservableList<PinnedRun> pins() {
        return pins;
    }

    public BooleanProperty showAsymptoteProperty() {
        return showAsymptote;
    }

    public BooleanProperty showClippingProperty() {
        return showClipping;
    }

    public BooleanProperty showFloat64LimitsProperty() {
        return showFloat64Limits;
    }

    public BooleanProperty showPinsProperty() {
        return showPins;
    }

    /** Whether the scale is being swept back and forth across the critical point. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    // Commands

    /** Sets one numeric parameter; a value it does not allow is refused with IllegalArgumentException. */
    public void set(Parameter parameter, double value) {
        if (parameter == Parameter.SCALE) {
            stop();
        }
        setQuietly(parameter, value);
    }

    private void setQuietly(Parameter parameter, double value) {
        params.set(params.get().with(parameter, value));
    }

    private void setScale(double value) {
        setQuietly(Parameter.SCALE, Math.max(0, Math.min(Parameter.SCALE.max(), value)));
    }

    /** Sets one choice; a new meaning of the scale stops the sweep, as a scale change does. */
    public <E extends Enum<E> & Choice> void set(ChoiceParameter<E> parameter, E value) {
        if (ChoiceParameter.SCALE_MODE.equals(parameter)) {
            stop();
        }
        params.set(params.get().with(parameter, value));
    }

    /** Replaces all parameters at once (a preset, a lesson file). */
    public void setParams(SimulationParams value) {
        stop();
        params.set(Objects.requireNonNull(value));
    }

    /** The book's defaults: H 3, T 20, seed 3, ×1.0, randn, raw, matmul, N 2, inputs 1.0, max-norm 5.0. */
    public void reset() {
        setParams(SimulationParams.BOOK);
    }

    public void applyPreset(Preset preset) {
        setParams(preset.params());
    }

    /** A new seed, drawn from {@code random}. */
    public void newRandomSeed(RandomGenerator random) {
        set(Parameter.SEED, random.nextLong(LegacyRandomState.MAX_SEED + 1));
    }

    /** Moves the scale to the critical point, where ρ(Wh) = 1; nothing while it is unknown. */
    public void jumpToCritical() {
        double critical = criticalScale.get();
        if (Double.isFinite(critical) && Parameter.SCALE.accepts(critical)) {
            set(Parameter.SCALE, critical);
        }
    }

    /**
     * Shows a lesson (its language aside): its parameters and overlays at once, its ghosts once their curves
     * are computed, through the same latest-wins pipeline as every run; opening another lesson, pinning or
     * clearing before then supersedes them.
     */
    public void open(Lesson lesson) {
        setParams(lesson.params());
        Lesson.Overlays overlays = lesson.overlays();
        showAsymptote.set(overlays.asymptote());
        showClipping.set(overlays.clipping());
        showFloat64Limits.set(overlays.float64Limits());
        showPins.set(overlays.pins());
        clearPins();
        if (!lesson.pins().isEmpty()) {
            live.submitPins(lesson.pins(), this::showRestoredPins);
        }
    }

    private void showRestoredPins(List<BackpropRun> runs) {
        pins.setAll(IntStream.range(0, runs.size())
                .mapToObj(i ->
                        new PinnedRun(runs.get(i).params(), runs.get(i).norms().log10Norms(), i % PinnedRun.SLOTS))
                .toList());
        nextPinSlot = runs.size();
    }

    /** Keeps the current curve as a ghost; beyond the most a lesson file holds, the oldest goes. */
    public void pin() {
        BackpropRun run = live.runProperty().get();
        if (run != null && pins.stream().noneMatch(p -> p.params().equals(run.params()))) {
            cancelRestoredPins();
            if (pins.size() >= LessonFile.MAX_PINS) {
                pins.remove(0);
            }
            pins.add(new PinnedRun(run.params(), run.norms().log10Norms(), nextPinSlot++ % PinnedRun.SLOTS));
        }
    }

    public void clearPins() {
        cancelRestoredPins();
        pins.clear();
        nextPinSlot = 0;
    }

    private void cancelRestoredPins() {
        live.submitPins(List.of(), runs -> {});
    }

    /** Starts or stops the sweep. */
    public void togglePlay() {
        if (playing.get()) {
            stop();
        } else {
            play();
        }
    }

    /**
     * Sweeps the scale from half the critical value to one and a half times it and back, slowly enough for a
     * class to follow the verdict flip, until stopped (also by any manual change of the scale).
     */
    public void play() {
        stop();
        double critical = Double.isFinite(criticalScale.get()) ? criticalScale.get() : 1.0;
        double low = Math.max(0, Math.min(0.5 * critical, SCALE_SLIDER_MAX - 0.1));
        double high = Math.min(SCALE_SLIDER_MAX, Math.max(1.5 * critical, low + 0.1));
        sweptScale.set(params.get().scale());
        sweep = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(sweptScale, low, Interpolator.EASE_BOTH)),
                new KeyFrame(SWEEP, new KeyValue(sweptScale, high, Interpolator.EASE_BOTH)));
        sweep.setAutoReverse(true);
        sweep.setCycleCount(Animation.INDEFINITE);
        playing.set(true);
        sweep.play();
    }

    public void stop() {
        if (sweep != null) {
            sweep.stop();
            sweep = null;
        }
        playing.set(false);
    }

    // Reading the run

    private void update(BackpropRun run) {
        if (run == null) {
            return;
        }
        criticalScale.set(run.criticalScale().orElse(Double.NaN));
        verdict.set(verdictOf(run));
    }

    /**
     * ρ(Wh) in matmul mode once known (there ‖dh_k‖ settles on ρᵏ); in tanh and LSTM mode, and in matmul mode
     * until the spectrum arrives, the growth per step measured from ‖dh‖ ({@link GrowthFactor}, the slope of
     * log10 ‖dh_k‖ over the last three quarters of the steps); unknown for fewer than two steps.
     */
    public static Verdict verdictOf(BackpropRun run) {
        if (run.params().mode() == BackpropMode.MATMUL && run.spectrum().isPresent()) {
            return Verdict.of(run.spectrum().get().spectralRadius(), false);
        }
        return Verdict.of(GrowthFactor.of(run.norms()).orElse(Double.NaN), true);
    }
}
