package org.rnngradientlab.app.view.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.viewmodel.ChartContent;
import org.rnngradientlab.app.viewmodel.PinnedRun;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.NormSeries;

/**
 * The gradient norm against steps back, on a logarithmic y axis that reaches far past float64, with the
 * overlays of {@link ChartContent}: pinned ghosts, the asymptote ρ(Wh)^k, the clipping threshold (a
 * bound on ‖dWh‖: clipping rescales the whole gradient and never changes dh, so no curve is cut), the steps where plain float64 overflows or underflows, and the band beyond float64's
 * range. Hovering reads off a step's norm. For an LSTM run it draws ‖dh‖/N, the memory cell's ‖dc‖/N and,
 * dashed, the plain tanh RNN on the same W0 and X, and no ρ(Wh)^k, which is a statement about the RNN.
 * Colours come from the stylesheet, by style class.
 */
public final class NormChart extends LineChart<Number, Number> {

    /** At most this many points per curve are drawn; longer runs are thinned, keeping each bucket's extremes. */
    static final int MAX_POINTS = 1200;

    /** log10 of the largest double, and of the smallest positive one. */
    static final double LOG10_MAX = Math.log10(Double.MAX_VALUE);

    static final double LOG10_MIN = Math.log10(Double.MIN_VALUE);

    private final Messages messages;
    private final List<Node> decorations = new ArrayList<>();
    private final Line crosshair = new Line();
    private final Label readout = new Label();
    private final Label empty = new Label();
    private ChartContent content;
    private int overflowStep;
    private int underflowStep;
    private final Line overflowLine = marker("overflow-marker");
    private final Line underflowLine = marker("underflow-marker");
    private final Label overflowLabel = new Label();
    private final Label underflowLabel = new Label();
    private final Rectangle aboveFloat64 = band();
    private final Rectangle belowFloat64 = band();
    private final Label aboveFloat64Label = new Label();

    public NormChart(Messages messages) {
        super(new NumberAxis(), new DecadeAxis());
        this.messages = messages;
        getStyleClass().add("norm-chart");
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(false);
        getXAxis().setLabel(messages.text("chart.axis.x"));
        getYAxis().setLabel(messages.text("chart.axis.y"));
        NumberAxis x = (NumberAxis) getXAxis();
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);

        crosshair.getStyleClass().add("crosshair");
        readout.getStyleClass().add("chart-readout");
        empty.getStyleClass().add("chart-empty");
        for (Label label : List.of(overflowLabel, underflowLabel, aboveFloat64Label)) {
            label.getStyleClass().add("marker-label");
            label.setManaged(false);
        }
        aboveFloat64Label.getStyleClass().add("band-label");
        crosshair.setVisible(false);
        readout.setVisible(false);
        readout.setManaged(false);
        crosshair.setManaged(false);
        empty.setManaged(false);
        decorations.addAll(List.of(
                aboveFloat64,
                belowFloat64,
                aboveFloat64Label,
                overflowLine,
                underflowLine,
                overflowLabel,
                underflowLabel,
                crosshair,
                readout,
                empty));
        getPlotChildren().addAll(decorations);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideReadout());
    }

    /** Draws {@code shown}. */
    public void show(ChartContent shown) {
        this.content = shown;
        ObservableList<Series<Number, Number>> series = FXCollections.observableArrayList();
        List<String> styles = new ArrayList<>();
        BackpropRun run = shown.run();
        if (shown.showPins()) {
            for (PinnedRun pin : shown.pins()) {
                series.add(curve(label(pin), pin.log10Norms(), Double.POSITIVE_INFINITY));
                styles.add("pin-line pin-slot-" + pin.slot());
            }
        }
        overflowStep = 0;
        underflowStep = 0;
        if (run != null) {
            NormSeries norms = run.norms();
            double[] log10 = norms.log10Norms();
            if (shown.clipping()) {
                double threshold = Math.log10(run.params().maxNorm());
                series.add(line(messages.text("chart.series.threshold"), 1, threshold, log10.length, threshold));
                styles.add("threshold-line");
                // no "after clipping" curve: clip_grads rescales dWh by one rate and never touches dh
            }
            boolean lstm = run.params().mode() == BackpropMode.LSTM;
            if (lstm && shown.rnn() != null) {
                series.add(curve(
                        messages.text("chart.series.rnn"), shown.rnn().norms().log10Norms(), Double.POSITIVE_INFINITY));
                styles.add("rnn-line");
            }
            series.add(curve(
                    messages.text(lstm ? "chart.series.lstmNorm" : "chart.series.norm"),
                    log10,
                    Double.POSITIVE_INFINITY));
            styles.add("norm-line");
            if (lstm) {
                run.cellPath().ifPresent(cell -> {
                    series.add(curve(
                            messages.text("chart.series.cell"), cell.norms().log10Norms(), Double.POSITIVE_INFINITY));
                    styles.add("cell-line");
                });
            }
            if (shown.asymptote() && !lstm) {
                asymptote(run, log10).ifPresent(line -> {
                    series.add(line);
                    styles.add("asymptote-line");
                });
            }
            overflowStep = norms.overflowStep().orElse(0);
            underflowStep = norms.underflowStep().orElse(0);
            NumberAxis x = (NumberAxis) getXAxis();
            x.setAutoRanging(false);
            x.setLowerBound(0);
            x.setUpperBound(Math.max(norms.steps(), 2));
            x.setTickUnit(niceStep(norms.steps()));
        }
        getData().setAll(series);
        for (int i = 0; i < series.size(); i++) {
            Node line = series.get(i).getNode();
            line.getStyleClass().addAll(styles.get(i).split(" "));
        }
        boolean nothing =
                run != null && series.stream().allMatch(s -> s.getData().isEmpty());
        empty.setText(nothing ? messages.text("chart.zeroGradient") : "");
        overflowLabel.setText(overflowStep > 0 ? messages.format("chart.marker.overflow", overflowStep) : "");
        underflowLabel.setText(underflowStep > 0 ? messages.format("chart.marker.underflow", underflowStep) : "");
        aboveFloat64Label.setText(messages.text("chart.band.float64"));
        requestChartLayout();
    }

    /**
     * The line ρ(Wh)^k once the spectrum is known. In matmul mode it is the asymptote, drawn through the last
     * point, where the curve has settled on it; in tanh mode it is what the gradient would do if tanh′ were
     * 1, drawn from the first point, so that the gap shows what tanh′ takes away.
     */
    private Optional<Series<Number, Number>> asymptote(BackpropRun run, double[] log10) {
        if (run.spectrum().isEmpty() || run.spectrum().get().spectralRadius() <= 0) {
            return Optional.empty();
        }
        boolean tanh = run.params().mode() == BackpropMode.TANH;
        int anchor = tanh ? 1 : log10.length;
        while (anchor >= 1 && anchor <= log10.length && !Double.isFinite(log10[anchor - 1])) {
            anchor += tanh ? 1 : -1;
        }
        if (anchor < 1 || anchor > log10.length) {
            return Optional.empty();
        }
        double rho = run.spectrum().get().spectralRadius();
        double slope = Math.log10(rho);
        double at = log10[anchor - 1];
        String name = messages.format(
                tanh ? "chart.series.asymptoteNoTanh" : "chart.series.asymptote",
                messages.numbers().significant(rho, 3));
        return Optional.of(
                line(name, 1, at + (1 - anchor) * slope, log10.length, at + (log10.length - anchor) * slope));
    }

    private String label(PinnedRun pin) {
        return messages.pinLabel(pin.params());
    }

    /** A curve through (k, min(log10[k−1], cap)), thinned to {@link #MAX_POINTS}, skipping −∞ (a zero norm). */
    static Series<Number, Number> curve(String name, double[] log10, double cap) {
        Series<Number, Number> series = new Series<>();
        series.setName(name);
        List<Data<Number, Number>> points = new ArrayList<>();
        for (int[] range : Thinning.buckets(log10.length, MAX_POINTS)) {
            for (int index : Thinning.extremes(log10, range[0], range[1])) {
                double y = Math.min(log10[index], cap);
                if (Double.isFinite(y)) {
                    points.add(new Data<>(index + 1, y));
                }
            }
        }
        series.getData().setAll(points);
        return series;
    }

    private static Series<Number, Number> line(String name, double x0, double y0, double x1, double y1) {
        Series<Number, Number> series = new Series<>();
        series.setName(name);
        series.getData().setAll(List.of(new Data<>(x0, y0), new Data<>(x1, y1)));
        return series;
    }

    /** A tick unit giving about eight labels over 1..steps, on 1, 2, 5 × 10ⁿ. */
    static double niceStep(int steps) {
        double raw = Math.max(1, steps / 8.0);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        DecadeAxis y = (DecadeAxis) getYAxis();
        double width = x.getWidth();
        double height = y.getHeight();
        boolean limits = content != null && content.float64Limits();
        placeBand(aboveFloat64, y.getDisplayPosition(LOG10_MAX), 0, width, limits);
        placeBand(belowFloat64, height, y.getDisplayPosition(LOG10_MIN), width, limits);
        aboveFloat64Label.setVisible(limits && y.getUpperBound() > LOG10_MAX);
        aboveFloat64Label.autosize();
        aboveFloat64Label.relocate(8, Math.max(2, y.getDisplayPosition(LOG10_MAX) - aboveFloat64Label.getHeight() - 2));
        placeMarker(overflowLine, overflowLabel, overflowStep, true, limits);
        placeMarker(underflowLine, underflowLabel, underflowStep, false, limits);
        empty.autosize();
        empty.relocate((width - empty.getWidth()) / 2, (height - empty.getHeight()) / 2);
        for (Node decoration : decorations) {
            decoration.toFront();
        }
    }

    private void placeBand(Rectangle band, double bottom, double top, double width, boolean visible) {
        double clippedTop = Math.max(0, top);
        double clippedBottom = Math.min(((DecadeAxis) getYAxis()).getHeight(), bottom);
        band.setVisible(visible && clippedBottom > clippedTop);
        band.setX(0);
        band.setY(clippedTop);
        band.setWidth(width);
        band.setHeight(Math.max(0, clippedBottom - clippedTop));
    }

    private void placeMarker(Line line, Label label, int step, boolean top, boolean visible) {
        boolean show = visible && step > 0;
        line.setVisible(show);
        label.setVisible(show);
        if (!show) {
            return;
        }
        NumberAxis x = (NumberAxis) getXAxis();
        double height = getYAxis().getHeight();
        double at = x.getDisplayPosition(step);
        line.setStartX(at);
        line.setEndX(at);
        line.setStartY(0);
        line.setEndY(height);
        label.autosize();
        double left = at + 6 + label.getWidth() > x.getWidth() ? at - 6 - label.getWidth() : at + 6;
        label.relocate(left, top ? 6 : height - label.getHeight() - 6);
    }

    private void hover(MouseEvent event) {
        BackpropRun run = content == null ? null : content.run();
        Node plot = lookup(".chart-plot-background");
        if (run == null || plot == null) {
            return;
        }
        Point2D local = plot.sceneToLocal(event.getSceneX(), event.getSceneY());
        if (local == null || !plot.getLayoutBounds().contains(local)) {
            hideReadout();
            return;
        }
        NumberAxis x = (NumberAxis) getXAxis();
        int k = (int) Math.round(x.getValueForDisplay(local.getX()).doubleValue());
        k = Math.max(1, Math.min(run.norms().steps(), k));
        double at = x.getDisplayPosition(k);
        crosshair.setStartX(at);
        crosshair.setEndX(at);
        crosshair.setStartY(0);
        crosshair.setEndY(getYAxis().getHeight());
        double plain = run.norms().norm(k);
        String value = messages.numbers().ofLog10(run.norms().log10Norm(k), 3);
        String text = messages.format("chart.readout", k, value);
        if (run.cellPath().isPresent()) {
            text += "  "
                    + messages.format(
                            "chart.readout.cell",
                            messages.numbers()
                                    .ofLog10(run.cellPath().get().norms().log10Norm(k), 3));
        }
        if (!Double.isFinite(plain) || (plain == 0 && run.norms().log10Norm(k) != Double.NEGATIVE_INFINITY)) {
            text += "  " + messages.format("chart.readout.float64", Double.isFinite(plain) ? "0" : "inf");
        }
        readout.setText(text);
        readout.autosize();
        double left = at + 10 + readout.getWidth() > x.getWidth() ? at - 10 - readout.getWidth() : at + 10;
        readout.relocate(left, getYAxis().getHeight() / 2 - readout.getHeight() / 2);
        crosshair.setVisible(true);
        readout.setVisible(true);
    }

    private void hideReadout() {
        crosshair.setVisible(false);
        readout.setVisible(false);
    }

    /** The step the overflow marker stands at, if shown. */
    public OptionalInt overflowMarkerStep() {
        return overflowStep > 0 ? OptionalInt.of(overflowStep) : OptionalInt.empty();
    }

    /** The text the hover readout shows now; empty when hidden. */
    public String readoutText() {
        return readout.isVisible() ? readout.getText() : "";
    }

    private static Line marker(String styleClass) {
        Line line = new Line();
        line.getStyleClass().addAll("float64-marker", styleClass);
        line.setManaged(false);
        return line;
    }

    private static Rectangle band() {
        Rectangle band = new Rectangle();
        band.getStyleClass().add("float64-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        return band;
    }
}
