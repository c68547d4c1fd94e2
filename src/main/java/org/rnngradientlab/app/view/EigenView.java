package org.rnngradientlab.app.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.NumberText;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.Complex;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.Spectrum;

/**
 * The eigenvalues of Wh in the complex plane against the unit circle, with the circles of radius ρ(Wh) and
 * σmax(Wh); hovering a point reads its value and modulus. Beside the plane: ρ, σmax, the critical scale and
 * what the bound of Pascanu, Mikolov &amp; Bengio (2013) says here: σmax·γ &lt; 1 (γ = 1 for tanh)
 * guarantees vanishing, ρ &gt; 1 is needed for exploding, and a run may vanish with σmax &gt; 1 all the same.
 * For an LSTM run these are the eigenvalues of its g-block W0·k (the tanh RNN's Wh), and the bound is replaced
 * by what rules the memory cell instead: the forget gate, not ρ.
 */
public final class EigenView extends Region {

    private static final double HOVER_DISTANCE = 10;

    private final Messages messages;
    private final Label title = new Label();
    private final Line realAxis = styled(new Line(), "view-axis");
    private final Line imaginaryAxis = styled(new Line(), "view-axis");
    private final Circle unitCircle = styled(new Circle(), "unit-circle");
    private final Circle radiusCircle = styled(new Circle(), "rho-circle");
    private final Circle normCircle = styled(new Circle(), "sigma-circle");
    private final Group points = new Group();
    private final Label hover = new Label();
    private final Label pending = new Label();
    private final Label rho = new Label();
    private final Label sigma = new Label();
    private final Label critical = new Label();
    private final Label bound = new Label();
    private final VBox readouts = new VBox(rho, sigma, critical, bound);
    private final List<Complex> shown = new ArrayList<>();
    private Spectrum spectrum;
    private double centerX;
    private double centerY;
    private double pixelsPerUnit;

    public EigenView(Messages messages) {
        this.messages = messages;
        getStyleClass().add("eigen-view");
        title.getStyleClass().add("view-title");
        title.setWrapText(true);
        title.setText(messages.text("eigen.title"));
        hover.getStyleClass().add("eigen-hover");
        pending.getStyleClass().add("view-note");
        pending.setText(messages.text("eigen.pending"));
        pending.setWrapText(true);
        rho.getStyleClass().addAll("readout", "readout-strong");
        sigma.getStyleClass().add("readout");
        critical.getStyleClass().add("readout");
        bound.getStyleClass().addAll("readout", "bound-text");
        for (Label label : List.of(rho, sigma, critical, bound)) {
            label.setWrapText(true);
        }
        readouts.getStyleClass().add("eigen-readouts");
        points.setManaged(false);
        for (Label label : List.of(title, hover, pending)) {
            label.setManaged(false);
        }
        readouts.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren()
                .addAll(
                        realAxis,
                        imaginaryAxis,
                        unitCircle,
                        normCircle,
                        radiusCircle,
                        points,
                        title,
                        pending,
                        readouts,
                        hover);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        setMinSize(260, 180);
    }

    /** Shows the spectrum of {@code run}'s Wh, or that it is still being computed. */
    public void show(BackpropRun run) {
        shown.clear();
        points.getChildren().clear();
        boolean lstm = run != null && run.params().mode() == BackpropMode.LSTM;
        title.setText(messages.text(lstm ? "eigen.title.lstm" : "eigen.title"));
        spectrum = run == null ? null : run.spectrum().orElse(null);
        pending.setVisible(run != null && spectrum == null);
        if (spectrum == null) {
            for (Label label : List.of(rho, sigma, critical, bound)) {
                label.setText("");
            }
            requestLayout();
            return;
        }
        NumberText numbers = messages.numbers();
        shown.addAll(spectrum.eigenvalues());
        for (int i = 0; i < shown.size(); i++) {
            points.getChildren().add(styled(new Circle(), "eigenvalue"));
        }
        double radius = spectrum.spectralRadius();
        double norm = spectrum.largestSingularValue();
        rho.setText(messages.format(lstm ? "eigen.rho.lstm" : "eigen.rho", numbers.significant(radius, 4)));
        sigma.setText(messages.format(lstm ? "eigen.sigma.lstm" : "eigen.sigma", numbers.significant(norm, 4)));
        if (lstm) {
            critical.setText(
                    run.params().scaleMode() == ScaleMode.SPECTRAL
                                    || run.criticalScale().isEmpty()
                            ? ""
                            : messages.format(
                                    "eigen.critical.lstm",
                                    numbers.significant(run.criticalScale().getAsDouble(), 4)));
            bound.setText(messages.text("eigen.bound.lstm"));
            requestLayout();
            return;
        }
        critical.setText(
                run.params().scaleMode() == ScaleMode.SPECTRAL
                        ? messages.text("eigen.criticalSpectral")
                        : run.criticalScale().isPresent()
                                ? messages.format(
                                        run.params().scaleMode() == ScaleMode.GAIN
                                                ? "eigen.criticalGain"
                                                : "eigen.critical",
                                        numbers.significant(run.criticalScale().getAsDouble(), 4))
                                : "");
        String gamma =
                messages.text(run.params().mode() == BackpropMode.TANH ? "eigen.gammaTanh" : "eigen.gammaMatmul");
        bound.setText(boundText(run.params().mode(), radius, norm, gamma));
        requestLayout();
    }

    /**
     * What the spectrum says about this run, true under its conditions. Without tanh the backward pass is
     * linear: the norm follows ρᵏ in the long run (σmax ≥ ρ bounds the first steps). With tanh (γ = 1) only
     * Pascanu, Mikolov &amp; Bengio's conditions on the largest singular value hold: σmax &lt; 1 is sufficient for
     * vanishing and σmax &gt; 1 necessary for exploding; ρ decides nothing there. A ρ that rounds to 1 is the
     * edge, never "1 &lt; 1".
     */
    String boundText(BackpropMode mode, double radius, double norm, String gamma) {
        NumberText numbers = messages.numbers();
        String rho = numbers.significant(radius, 3);
        String sigma = numbers.significant(norm, 3);
        if (mode == BackpropMode.MATMUL) {
            if (Math.abs(radius - 1) < 5e-4) {
                return messages.format("eigen.bound.linearEdge", rho, sigma);
            }
            return messages.format(radius < 1 ? "eigen.bound.linearVanishes" : "eigen.bound.explodes", rho, sigma);
        }
        if (norm < 1) {
            return messages.format("eigen.bound.guaranteed", sigma, gamma);
        }
        return messages.format("eigen.bound.tanhUndecided", sigma, gamma);
    }

    @Override
    protected void layoutChildren() {
        double pad = 10;
        title.resize(getWidth() - 2 * pad, title.prefHeight(getWidth() - 2 * pad));
        title.relocate(pad, pad / 2);
        double top = pad + title.getHeight() + 4;
        double side = Math.max(60, Math.min(getHeight() - top - pad, getWidth() * 0.5));
        centerX = pad + side / 2;
        centerY = top + side / 2;
        double reach = 1.15;
        if (spectrum != null) {
            reach = Math.max(reach, 1.08 * Math.max(spectrum.spectralRadius(), spectrum.largestSingularValue()));
        }
        pixelsPerUnit = side / 2 / reach;

        realAxis.setStartX(centerX - side / 2);
        realAxis.setEndX(centerX + side / 2);
        realAxis.setStartY(centerY);
        realAxis.setEndY(centerY);
        imaginaryAxis.setStartX(centerX);
        imaginaryAxis.setEndX(centerX);
        imaginaryAxis.setStartY(centerY - side / 2);
        imaginaryAxis.setEndY(centerY + side / 2);
        place(unitCircle, 1, true);
        place(radiusCircle, spectrum == null ? 0 : spectrum.spectralRadius(), spectrum != null);
        place(normCircle, spectrum == null ? 0 : spectrum.largestSingularValue(), spectrum != null);
        for (int i = 0; i < shown.size(); i++) {
            Circle dot = (Circle) points.getChildren().get(i);
            dot.setCenterX(centerX + shown.get(i).re() * pixelsPerUnit);
            dot.setCenterY(centerY - shown.get(i).im() * pixelsPerUnit);
            dot.setRadius(shown.size() > 200 ? 2.5 : 4.5);
        }
        double readoutsLeft = pad + side + 14;
        double readoutsWidth = Math.max(80, getWidth() - readoutsLeft - pad);
        readouts.resize(readoutsWidth, readouts.prefHeight(readoutsWidth));
        readouts.relocate(readoutsLeft, top);
        pending.resize(side - 20, pending.prefHeight(side - 20));
        pending.relocate(pad + 10, centerY + 8);
    }

    private void place(Circle circle, double radius, boolean visible) {
        circle.setCenterX(centerX);
        circle.setCenterY(centerY);
        circle.setRadius(radius * pixelsPerUnit);
        circle.setVisible(visible && radius > 0);
    }

    private void hover(MouseEvent event) {
        Point2D at = new Point2D(event.getX(), event.getY());
        Complex nearest = null;
        double best = HOVER_DISTANCE;
        for (Complex z : shown) {
            double d = at.distance(centerX + z.re() * pixelsPerUnit, centerY - z.im() * pixelsPerUnit);
            if (d < best) {
                best = d;
                nearest = z;
            }
        }
        if (nearest == null) {
            hover.setVisible(false);
            return;
        }
        NumberText numbers = messages.numbers();
        String imaginary = numbers.significant(Math.abs(nearest.im()), 4);
        hover.setText(messages.format(
                "eigen.hover",
                numbers.significant(nearest.re(), 4),
                nearest.im() < 0 ? "−" : "+",
                imaginary,
                numbers.significant(nearest.modulus(), 4)));
        hover.autosize();
        double x = event.getX() + 12 + hover.getWidth() > getWidth()
                ? event.getX() - 12 - hover.getWidth()
                : event.getX() + 12;
        hover.relocate(x, Math.max(0, event.getY() - hover.getHeight() - 6));
        hover.setVisible(true);
    }

    /** The text the hover label shows now; empty when hidden. */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : "";
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        node.setManaged(false);
        return node;
    }
}
