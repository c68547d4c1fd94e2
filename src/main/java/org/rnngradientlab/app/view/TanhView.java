package org.rnngradientlab.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.PreActivationHistogram;

/**
 * tanh′(x) = 1 − tanh²(x) over [−4, 4] with a histogram of the pre-activations that really occurred, and,
 * below, the mean tanh′ per step: the factor tanh adds to every step of the backward pass. In the book's
 * MatMul experiment tanh is left out, and the view says so. For the LSTM, whose tanh′ acts inside the cell, it
 * shows what rules the memory cell instead: the mean forget gate f per step, by which the cell's gradient
 * shrinks each step (the LSTM's counterpart of ρ).
 */
public final class TanhView extends Region {

    private static final double X_RANGE = 4;
    private static final int CURVE_POINTS = 160;

    private final Messages messages;
    private final Label title = label("view-title");
    private final Label note = label("view-note");
    private final Label below = label("histogram-outside");
    private final Label above = label("histogram-outside");
    private final Label stepsTitle = label("axis-caption");
    private final Path curve = styled(new Path(), "tanh-curve");
    private final Path perStep = styled(new Path(), "tanh-per-step");
    private final Line xAxis = styled(new Line(), "view-axis");
    private final Line stepsAxis = styled(new Line(), "view-axis");
    private final List<Rectangle> bars = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private BackpropRun run;
    private boolean lstm;

    public TanhView(Messages messages) {
        this.messages = messages;
        getStyleClass().add("tanh-view");
        title.setWrapText(true);
        title.setText(messages.text("tanh.title"));
        stepsTitle.setText(messages.text("tanh.perStep"));
        note.setWrapText(true);
        for (int i = 0; i < PreActivationHistogram.BINS; i++) {
            bars.add(styled(new Rectangle(), "histogram-bar"));
        }
        for (String text : new String[] {"−4", "−2", "0", "2", "4", "0", "1"}) {
            Label tick = label("tick-label");
            tick.setText(text);
            ticks.add(tick);
        }
        getChildren().addAll(bars);
        getChildren().addAll(xAxis, stepsAxis, curve, perStep, title, note, below, above, stepsTitle);
        getChildren().addAll(ticks);
        setMinSize(220, 180);
    }

    /** Shows what {@code value} says about tanh. */
    public void show(BackpropRun value) {
        run = value;
        boolean matmul = value == null || value.params().mode() == BackpropMode.MATMUL;
        lstm = value != null && value.cellPath().isPresent();
        title.setText(messages.text(lstm ? "tanh.title.lstm" : "tanh.title"));
        stepsTitle.setText(messages.text(lstm ? "tanh.perStep.lstm" : "tanh.perStep"));
        note.setText(
                matmul
                        ? messages.text("tanh.matmulNote")
                        : lstm ? messages.format("tanh.lstmNote", meanForgetGateText(value)) : "");
        note.setVisible(matmul || lstm);
        curve.setVisible(!lstm);
        for (int i = 0; i < 5; i++) {
            ticks.get(i).setVisible(!lstm);
        }
        xAxis.setVisible(!lstm);
        curve.getStyleClass().remove("faded");
        if (matmul) {
            curve.getStyleClass().add("faded");
        }
        PreActivationHistogram histogram =
                value == null ? null : value.preActivations().orElse(null);
        below.setText(
                histogram == null || histogram.below() == 0
                        ? ""
                        : messages.format("tanh.below", messages.numbers().significant(histogram.below(), 3)));
        above.setText(
                histogram == null || histogram.above() == 0
                        ? ""
                        : messages.format("tanh.above", messages.numbers().significant(histogram.above(), 3)));
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double pad = 10;
        double width = getWidth() - 2 * pad;
        title.resize(getWidth() - 2 * pad, title.prefHeight(getWidth() - 2 * pad));
        title.relocate(pad, pad / 2);
        double top = pad + title.getHeight() + 4;
        double bottomHeight = Math.max(50, (getHeight() - top) * 0.28);
        double plotHeight = lstm ? note.prefHeight(width - 42) + 12 : getHeight() - top - bottomHeight - 2 * pad - 18;
        double left = pad + 26;
        double plotWidth = width - 26;

        drawCurve(left, top, plotWidth, plotHeight);
        drawHistogram(left, top, plotWidth, plotHeight);
        xAxis.setStartX(left);
        xAxis.setEndX(left + plotWidth);
        xAxis.setStartY(top + plotHeight);
        xAxis.setEndY(top + plotHeight);
        for (int i = 0; i < 5; i++) {
            Label tick = ticks.get(i);
            tick.autosize();
            double x = left + plotWidth * i / 4.0;
            tick.relocate(x - tick.getWidth() / 2, top + plotHeight + 1);
        }
        Label zero = ticks.get(5);
        Label one = ticks.get(6);
        zero.autosize();
        one.autosize();
        zero.relocate(left - zero.getWidth() - 4, top + plotHeight - zero.getHeight() / 2);
        one.relocate(left - one.getWidth() - 4, top - one.getHeight() / 2);

        below.autosize();
        below.relocate(left + 4, top + 2);
        above.autosize();
        above.relocate(left + plotWidth - above.getWidth() - 4, top + 2);
        note.resize(plotWidth - 16, note.prefHeight(plotWidth - 16));
        note.relocate(left + 8, lstm ? top + 8 : top + plotHeight * 0.45);

        double stepsTop = top + plotHeight + 22;
        stepsTitle.autosize();
        stepsTitle.relocate(left, stepsTop);
        double lineTop = stepsTop + stepsTitle.getHeight() + 2;
        double lineHeight = Math.max(10, getHeight() - lineTop - pad);
        drawPerStep(left, lineTop, plotWidth, lineHeight);
        if (lstm) {
            // the 0 and 1 of the forget gate belong to the per-step plot, which has the room
            zero.relocate(left - zero.getWidth() - 4, lineTop + lineHeight - zero.getHeight() / 2);
            one.relocate(left - one.getWidth() - 4, lineTop - one.getHeight() / 2);
        }
    }

    private void drawCurve(double left, double top, double width, double height) {
        curve.getElements().clear();
        for (int i = 0; i <= CURVE_POINTS; i++) {
            double x = -X_RANGE + 2 * X_RANGE * i / CURVE_POINTS;
            double t = Math.tanh(x);
            double px = left + width * i / CURVE_POINTS;
            double py = top + height * (t * t);
            curve.getElements().add(i == 0 ? new MoveTo(px, py) : new LineTo(px, py));
        }
    }

    private void drawHistogram(double left, double top, double width, double height) {
        PreActivationHistogram histogram =
                run == null ? null : run.preActivations().orElse(null);
        long most = 0;
        if (histogram != null) {
            for (long count : histogram.counts()) {
                most = Math.max(most, count);
            }
        }
        double barWidth = width / PreActivationHistogram.BINS;
        for (int i = 0; i < bars.size(); i++) {
            Rectangle bar = bars.get(i);
            double share = most == 0 ? 0 : (double) histogram.count(i) / most;
            double barHeight = 0.92 * height * share;
            bar.setX(left + i * barWidth + 0.5);
            bar.setWidth(Math.max(0, barWidth - 1));
            bar.setY(top + height - barHeight);
            bar.setHeight(barHeight);
            bar.setVisible(share > 0);
        }
    }

    private void drawPerStep(double left, double top, double width, double height) {
        perStep.getElements().clear();
        stepsAxis.setStartX(left);
        stepsAxis.setEndX(left + width);
        stepsAxis.setStartY(top + height);
        stepsAxis.setEndY(top + height);
        if (run == null) {
            return;
        }
        double[] values = lstm ? run.cellPath().orElseThrow().meanForgetGate() : run.meanTanhPrime();
        int n = values.length;
        for (int i = 0; i < n; i++) {
            double px = left + (n == 1 ? width / 2 : width * i / (n - 1));
            double py = top + height * (1 - values[i]);
            perStep.getElements().add(i == 0 ? new MoveTo(px, py) : new LineTo(px, py));
        }
    }

    /** The mean forget gate over all steps, to three digits. */
    private String meanForgetGateText(BackpropRun value) {
        double[] gates = value.cellPath().orElseThrow().meanForgetGate();
        double sum = 0;
        for (double gate : gates) {
            sum += gate;
        }
        return messages.numbers().fixed(gates.length == 0 ? Double.NaN : sum / gates.length, 3);
    }

    /** The note shown over the panel now; empty when none. */
    public String noteText() {
        return note.isVisible() ? note.getText() : "";
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setManaged(false);
        return label;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        node.setManaged(false);
        return node;
    }
}
