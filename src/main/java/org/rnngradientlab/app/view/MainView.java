package org.rnngradientlab.app.view;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.view.chart.NormChartPane;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.Preset;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.GradientClip;

/**
 * The window's content: menus, the controls on the left, and on the right the norm chart above the tanh′
 * and eigenvalue views. It binds to the view-model and draws; every action goes to the view-model or to
 * {@link MenuCommands}.
 */
public final class MainView extends BorderPane {

    /** On the chart while it shows another run than the controls': drawn faded under the progress. */
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final LabViewModel model;
    private final Messages messages;
    private final ControlsPane controls;
    private final NormChartPane chart;
    private final TanhView tanh;
    private final EigenView eigen;
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label pendingText = new Label();
    private final VBox pending = new VBox(8, new ProgressIndicator(), pendingText);
    private final LessonCommands lessons;
    private final Runnable redrawOnPulse = this::redrawIfPending;
    private boolean redrawPending;
    private int redraws;

    public MainView(LabViewModel model, Messages messages, MenuCommands commands) {
        this.model = model;
        this.messages = messages;
        this.lessons = commands.lessons();
        getStyleClass().add("main-view");
        controls = new ControlsPane(model, messages);
        chart = new NormChartPane(messages);
        chart.setId("norm-chart");
        tanh = new TanhView(messages);
        tanh.setId("tanh-view");
        eigen = new EigenView(messages);
        eigen.setId("eigen-view");

        setTop(menus(commands));
        ScrollPane scroller = new ScrollPane(controls);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("controls-scroller");
        setLeft(scroller);

        HBox views = new HBox(tanh, eigen);
        views.getStyleClass().add("views-row");
        HBox.setHgrow(tanh, Priority.ALWAYS);
        HBox.setHgrow(eigen, Priority.ALWAYS);
        tanh.prefWidthProperty().bind(views.widthProperty().multiply(0.5));
        eigen.prefWidthProperty().bind(views.widthProperty().multiply(0.5));
        views.prefHeightProperty().bind(heightProperty().multiply(0.36));
        views.setMinHeight(Region.USE_PREF_SIZE);
        status.setId("status");
        status.getStyleClass().add("status-line");
        status.setWrapText(true);
        StackPane chartArea = new StackPane(chart, pendingOverlay());
        VBox center = new VBox(toolbar(), chartArea, views, status);
        center.getStyleClass().add("center-pane");
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        setCenter(center);

        InvalidationListener redraw = changed -> requestRedraw();
        model.runProperty().addListener(redraw);
        model.rnnProperty().addListener(redraw);
        model.pins().addListener(redraw);
        model.showAsymptoteProperty().addListener(redraw);
        model.showClippingProperty().addListener(redraw);
        model.showFloat64LimitsProperty().addListener(redraw);
        model.showPinsProperty().addListener(redraw);
        model.failureProperty().addListener(redraw);
        model.busyProperty().addListener(this::showBusy);
        lessons.openingProperty().addListener(changed -> showPending());
        model.progressProperty().addListener(changed -> showPending());
        sceneProperty().addListener((observable, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(redrawOnPulse);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(redrawOnPulse);
            }
        });
        redraw();
        showPending();
    }

    /**
     * Over the chart while the run for the controls on screen is pending (a lesson being opened at once, any
     * other run once it takes a noticeable time): a progress indicator and what is computed, so the controls
     * are never shown beside another run's chart as if it were theirs.
     */
    private Node pendingOverlay() {
        pending.setId("chart-pending");
        pending.getStyleClass().add("chart-pending");
        pending.setAlignment(Pos.CENTER);
        pending.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pending.setMouseTransparent(true);
        pending.setVisible(false);
        pendingText.setId("chart-pending-text");
        return pending;
    }

    private void showPending() {
        boolean opening = lessons.openingProperty().get();
        boolean shown = opening || progress.isVisible();
        pending.setVisible(shown);
        chart.pseudoClassStateChanged(STALE, shown);
        controls.scaleControl().showComputing(shown);
        if (shown) {
            double fraction = model.progressProperty().get();
            String percent = fraction < 0 ? "" : " " + Math.round(100 * fraction) + "%";
            pendingText.setText(messages.format(opening ? "chart.opening" : "chart.computing", percent));
        }
    }

    private FlowPane toolbar() {
        Button pin = new Button(messages.text("pin"));
        pin.setId("pin");
        pin.setTooltip(new Tooltip(messages.text("pin.tooltip")));
        pin.setOnAction(e -> model.pin());
        Button clear = new Button(messages.text("pins.clear"));
        clear.setId("clear-pins");
        clear.disableProperty().bind(Bindings.isEmpty(model.pins()));
        clear.setOnAction(e -> model.clearPins());
        ToggleButton play = new ToggleButton();
        play.setId("play");
        play.setTooltip(new Tooltip(messages.text("play.tooltip")));
        play.textProperty()
                .bind(Bindings.when(model.playingProperty())
                        .then(messages.text("play.stop"))
                        .otherwise(messages.text("play.start")));
        model.playingProperty().addListener((observable, old, now) -> play.setSelected(now));
        play.setOnAction(e -> model.togglePlay());

        CheckBox asymptote = toggle("overlay.asymptote", model.showAsymptoteProperty());
        // ρ(Wh)ᵏ is the RNN's asymptote: the LSTM's chart does not draw it
        asymptote
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.getParams().mode() == BackpropMode.LSTM, model.paramsProperty()));
        CheckBox clipping = toggle("overlay.clipping", model.showClippingProperty());
        CheckBox float64 = toggle("overlay.float64", model.showFloat64LimitsProperty());
        CheckBox pins = toggle("overlay.pins", model.showPinsProperty());

        progress.setId("progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.progressProperty());
        progress.setVisible(false);
        FlowPane bar = new FlowPane(8, 6, pin, clear, play, asymptote, clipping, float64, pins, progress);
        for (Node child : bar.getChildren()) {
            if (child instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chart-toolbar");
        return bar;
    }

    private CheckBox toggle(String key, BooleanProperty property) {
        CheckBox box = new CheckBox(messages.text(key));
        box.setId(key.replace('.', '-'));
        box.setTooltip(new Tooltip(messages.text(key + ".tooltip")));
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private MenuBar menus(MenuCommands commands) {
        LessonCommands lessons = commands.lessons();
        ExportCommands exports = commands.exports();
        AppearanceCommands appearance = commands.appearance();
        Menu recent = new Menu(messages.text("menu.file.recent"));
        recent.setId("menu-recent");
        recent.setOnShowing(e -> fillRecent(recent, lessons));
        fillRecent(recent, lessons);
        Menu file = new Menu(
                messages.text("menu.file"),
                null,
                item("menu.file.open", "Shortcut+O", lessons::openLesson),
                recent,
                item("menu.file.save", "Shortcut+S", lessons::saveLesson),
                new SeparatorMenuItem(),
                item("menu.file.exportChart", "Shortcut+E", exports::exportChart),
                item("menu.file.copyChart", "Shortcut+Shift+C", exports::copyChart),
                item("menu.file.exportCsv", "Shortcut+Shift+E", exports::exportCsv),
                item("menu.file.exportPython", null, exports::exportPython),
                new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", commands.help()::quit));
        file.setId("menu-file");

        CheckMenuItem projector = new CheckMenuItem(messages.text("menu.view.projector"));
        projector.setId("item-projector");
        projector.setAccelerator(KeyCombination.keyCombination("F11"));
        projector.setSelected(appearance.projectorMode());
        projector.setOnAction(e -> appearance.setProjectorMode(projector.isSelected()));
        CheckMenuItem dark = new CheckMenuItem(messages.text("menu.view.dark"));
        dark.setId("item-dark");
        dark.setSelected(appearance.darkTheme());
        dark.setOnAction(e -> appearance.setDarkTheme(dark.isSelected()));
        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu(messages.text("menu.view.language"));
        language.setId("menu-language");
        for (String code : new String[] {"en", "ko"}) {
            RadioMenuItem choice = new RadioMenuItem(messages.text("language." + code));
            choice.setId("item-language-" + code);
            choice.setToggleGroup(languages);
            choice.setSelected(code.equals(appearance.language()));
            choice.setOnAction(e -> appearance.setLanguage(code));
            language.getItems().add(choice);
        }
        Menu view = new Menu(messages.text("menu.view"), null, projector, dark, language);
        view.setId("menu-view");

        Menu presets = new Menu(messages.text("menu.presets"));
        presets.setId("menu-presets");
        for (Preset preset : Preset.values()) {
            MenuItem entry = new MenuItem(messages.text("preset." + preset.id()));
            entry.setOnAction(e -> model.applyPreset(preset));
            presets.getItems().add(entry);
        }
        presets.getItems().addAll(new SeparatorMenuItem(), item("reset", "Shortcut+R", model::reset));

        Menu chartMenu = new Menu(
                messages.text("menu.chart"),
                null,
                item("pin", "Shortcut+P", model::pin),
                item("pins.clear", "Shortcut+Shift+P", model::clearPins),
                item("menu.chart.play", "Shortcut+Space", model::togglePlay),
                item("menu.chart.critical", "Shortcut+K", model::jumpToCritical));
        Menu help = new Menu(
                messages.text("menu.help"),
                null,
                item("menu.help.shortcuts", "F1", commands.help()::showShortcuts),
                item("menu.help.about", null, commands.help()::showAbout));
        return new MenuBar(file, view, presets, chartMenu, help);
    }

    private void fillRecent(Menu recent, LessonCommands lessons) {
        recent.getItems().clear();
        for (Path path : lessons.recentLessons()) {
            MenuItem entry = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> lessons.openLesson(path));
            recent.getItems().add(entry);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.text(key));
        item.setId("item-" + key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Marks the views stale and asks for a pulse: however many properties change before it, the series are
     * rebuilt once, just before that pulse lays out the scene (chart-fx's practice). Without a scene yet, the
     * rebuild waits until there is one.
     */
    private void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            Platform.requestNextPulse();
        }
    }

    private void redrawIfPending() {
        if (redrawPending) {
            redraw();
        }
    }

    private void redraw() {
        redrawPending = false;
        redraws++;
        BackpropRun run = model.runProperty().get();
        chart.show(model.chartContent());
        tanh.show(run);
        eigen.show(run);
        status.setText(statusText(run));
    }

    private String statusText(BackpropRun run) {
        if (model.failureProperty().get() != null) {
            return messages.format(
                    "status.failed", model.failureProperty().get().getMessage());
        }
        if (run == null) {
            return "";
        }
        if (run.clip().isEmpty()) {
            return messages.text("status.clipPending");
        }
        GradientClip clip = run.clip().get();
        String norm = messages.numbers().ofLog10(clip.log10GradWhNorm(), 3);
        String maxNorm = messages.numbers().significant(clip.maxNorm(), 4);
        if (clip.clips()) {
            return messages.format(
                    "status.clipped",
                    norm,
                    messages.numbers().significant(clip.clippedNorm(), 4),
                    messages.numbers().ofLog10(clip.log10ClipRate(), 3));
        }
        return messages.format("status.notClipped", norm, maxNorm);
    }

    /** Shows the progress bar only for computations that take a noticeable time, so fast drags never flicker. */
    private final PauseTransition busyDelay = new PauseTransition(Duration.millis(250));

    private void showBusy(Observable changed) {
        if (model.busyProperty().get()) {
            busyDelay.setOnFinished(e -> {
                progress.setVisible(model.busyProperty().get());
                showPending();
            });
            busyDelay.playFromStart();
        } else {
            busyDelay.stop();
            progress.setVisible(false);
        }
        showPending();
    }

    /** How often the views were rebuilt, for tests of the coalescing. */
    int redraws() {
        return redraws;
    }

    public ControlsPane controls() {
        return controls;
    }

    public NormChartPane chartPane() {
        return chart;
    }

    public EigenView eigenView() {
        return eigen;
    }
}
