package org.rnngradientlab.app.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polygon;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.ParameterInput;
import org.rnngradientlab.app.viewmodel.Verdict;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.Parameter;

/**
 * The weight scale, the control the lesson turns on: its slider shows a tick at 1.0 and a marker at the
 * critical scale (1/ρ(W0) for the raw multiplier), where the gradient neither grows nor shrinks; beside it
 * the verdict ("vanishing ×0.63 per step") and a link that jumps to the critical point.
 */
public final class ScaleControl extends ParameterControl {

    private final Messages messages;
    private final Label verdict = new Label();
    private final Hyperlink critical = new Hyperlink();
    private final Polygon marker = new Polygon(-7, -10, 7, -10, 0, 2);
    private final Pane markerLayer = new Pane(marker) {
        @Override
        protected void layoutChildren() {
            placeMarker();
        }
    };
    private double criticalScale = Double.NaN;
    private Verdict lastVerdict;
    private boolean computing;

    public ScaleControl(LabViewModel model, Messages messages) {
        super(new ParameterInput(model, Parameter.SCALE, messages), messages);
        this.messages = messages;
        getStyleClass().add("scale-control");
        slider().setShowTickMarks(true);
        slider().setShowTickLabels(true);
        slider().setMajorTickUnit(1.0);
        slider().setMinorTickCount(4);

        marker.getStyleClass().add("critical-marker");
        marker.setManaged(false);
        markerLayer.setPickOnBounds(false);
        markerLayer.getStyleClass().add("marker-layer");
        marker.setOnMouseClicked(e -> model.jumpToCritical());
        sliderLayer().getChildren().add(markerLayer);

        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        critical.setId("critical-link");
        critical.getStyleClass().add("critical-link");
        critical.setOnAction(e -> model.jumpToCritical());
        Tooltip linkTip = new Tooltip();
        Tooltip markerTip = new Tooltip();
        critical.setTooltip(linkTip);
        Tooltip.install(marker, markerTip);
        // in the LSTM the critical point is the tanh RNN's: its memory cell is ruled by the forget gate
        StringBinding criticalTip = Bindings.createStringBinding(
                () -> messages.text(
                        model.getParams().mode() == BackpropMode.LSTM
                                ? "scale.critical.tooltip.lstm"
                                : "scale.critical.tooltip"),
                model.paramsProperty());
        linkTip.textProperty().bind(criticalTip);
        markerTip.textProperty().bind(criticalTip);
        verdict.setWrapText(true);
        getChildren().add(2, verdict);
        getChildren().add(3, critical);

        model.verdictProperty().addListener((observable, old, now) -> showVerdict(now));
        model.criticalScaleProperty().addListener((observable, old, now) -> showCritical(now.doubleValue()));
        showVerdict(model.verdictProperty().get());
        showCritical(model.criticalScaleProperty().get());
        slider().widthProperty().addListener((observable, old, now) -> markerLayer.requestLayout());
    }

    private void showVerdict(Verdict value) {
        lastVerdict = value;
        verdict.getStyleClass().removeAll("vanishing", "exploding", "edge");
        if (computing) {
            verdict.setText(messages.text("verdict.computing"));
            return;
        }
        String factor = "×" + messages.numbers().fixed(value.factor(), value.factor() < 0.1 ? 3 : 2);
        switch (value.kind()) {
            case VANISHING -> {
                verdict.setText(messages.format("verdict.vanishing", factor));
                verdict.getStyleClass().add("vanishing");
            }
            case EXPLODING -> {
                verdict.setText(messages.format("verdict.exploding", factor));
                verdict.getStyleClass().add("exploding");
            }
            case EDGE -> {
                verdict.setText(messages.format("verdict.edge", factor));
                verdict.getStyleClass().add("edge");
            }
            case UNKNOWN -> verdict.setText("");
        }
    }

    private void showCritical(double value) {
        criticalScale = value;
        boolean known = Double.isFinite(value);
        critical.setText(
                known ? messages.format("scale.critical", messages.numbers().fixed(value, 3)) : "");
        critical.setVisible(known);
        markerLayer.requestLayout();
    }

    /** Puts the marker over the slider's track at the critical scale; hidden when off the slider. */
    private void placeMarker() {
        Node track = slider().lookup(".track");
        boolean onSlider = Double.isFinite(criticalScale) && criticalScale <= LabViewModel.SCALE_SLIDER_MAX;
        marker.setVisible(track != null && onSlider);
        if (track == null || !onSlider) {
            return;
        }
        double left = track.getBoundsInParent().getMinX()
                + slider().getBoundsInParent().getMinX();
        double fraction = criticalScale / LabViewModel.SCALE_SLIDER_MAX;
        marker.setLayoutX(left + fraction * track.getBoundsInParent().getWidth());
        marker.setLayoutY(track.getBoundsInParent().getMinY()
                + slider().getBoundsInParent().getMinY());
    }

    /** While the run for the controls on screen is pending, the verdict says so instead of the old run's. */
    public void showComputing(boolean pending) {
        if (computing != pending) {
            computing = pending;
            showVerdict(lastVerdict);
        }
    }

    /** The verdict as shown. */
    public String verdictText() {
        return verdict.getText();
    }
}
