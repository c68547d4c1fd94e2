package org.rnngradientlab.app.view.chart;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.viewmodel.ChartContent;

/**
 * The norm chart with its legend and, for exported images, a caption naming the parameters: one component
 * for the window and for the PNG, so that both look the same.
 */
public final class NormChartPane extends VBox {

    private final NormChart chart;
    private final ChartLegend legend;
    private final Label caption = new Label();

    public NormChartPane(Messages messages) {
        chart = new NormChart(messages);
        legend = new ChartLegend(messages);
        caption.getStyleClass().add("chart-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setManaged(false);
        caption.setVisible(false);
        getStyleClass().add("norm-chart-pane");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(caption, chart, legend);
    }

    /** Draws {@code content}. */
    public void show(ChartContent content) {
        chart.show(content);
        legend.show(content);
    }

    /** Shows {@code text} above the chart (exported images), or nothing for null. */
    public void setCaption(String text) {
        caption.setText(text == null ? "" : text);
        caption.setVisible(text != null);
        caption.setManaged(text != null);
    }

    public NormChart chart() {
        return chart;
    }
}
