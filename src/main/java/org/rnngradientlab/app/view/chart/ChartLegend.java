package org.rnngradientlab.app.view.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Line;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.viewmodel.ChartContent;
import org.rnngradientlab.app.viewmodel.PinnedRun;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;

/** The legend of the norm chart: a line sample and a name for everything drawn, in the chart's colours. */
public final class ChartLegend extends FlowPane {

    private final Messages messages;

    public ChartLegend(Messages messages) {
        this.messages = messages;
        getStyleClass().add("norm-legend");
    }

    /** Lists what {@code content} draws. */
    public void show(ChartContent content) {
        List<Label> entries = new ArrayList<>();
        BackpropRun run = content.run();
        if (run != null) {
            boolean lstm = run.params().mode() == BackpropMode.LSTM;
            entries.add(entry(messages.text(lstm ? "chart.series.lstmNorm" : "chart.series.norm"), "norm-line"));
            if (lstm && run.cellPath().isPresent()) {
                entries.add(entry(messages.text("chart.series.cell"), "cell-line"));
            }
            if (lstm && content.rnn() != null) {
                entries.add(entry(messages.text("chart.series.rnn"), "rnn-line"));
            }
            if (content.asymptote() && !lstm && run.spectrum().isPresent()) {
                entries.add(entry(
                        messages.format(
                                run.params().mode() == BackpropMode.TANH
                                        ? "chart.series.asymptoteNoTanh"
                                        : "chart.series.asymptote",
                                messages.numbers()
                                        .significant(run.spectrum().get().spectralRadius(), 3)),
                        "asymptote-line"));
            }
            if (content.clipping()) {
                entries.add(entry(
                        messages.format(
                                "chart.legend.threshold",
                                messages.numbers().significant(run.params().maxNorm(), 4)),
                        "threshold-line"));
            }
            if (content.float64Limits()
                    && (run.norms().overflowStep().isPresent()
                            || run.norms().underflowStep().isPresent())) {
                entries.add(entry(messages.text("chart.legend.float64"), "float64-marker"));
            }
        }
        if (content.showPins()) {
            for (PinnedRun pin : content.pins()) {
                entries.add(entry(messages.pinLabel(pin.params()), "pin-line", "pin-slot-" + pin.slot()));
            }
        }
        getChildren().setAll(entries);
    }

    private static Label entry(String text, String... lineStyles) {
        Line sample = new Line(0, 0, 28, 0);
        sample.getStyleClass().add("legend-sample");
        sample.getStyleClass().addAll(lineStyles);
        Label label = new Label(text, sample);
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
