package org.rnngradientlab.app.view.chart;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.ValueAxis;
import org.rnngradientlab.app.text.NumberText;

/**
 * A logarithmic value axis (JavaFX has none). Its data are log10 values, not the values themselves, so that
 * it draws norms of 10^±2000 as easily as 10^±2, far past what a double can hold; ticks sit on decades and
 * read 10ⁿ. Tick positions come from {@link LogTicks}.
 */
public final class DecadeAxis extends ValueAxis<Number> {

    private static final double TICK_SPACING = 34;

    public DecadeAxis() {
        setAutoRanging(true);
        setMinorTickVisible(true);
        setMinorTickCount(0);
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        return LogTicks.fit(minValue, maxValue);
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
        setScale(calculateNewScale(axisLength(), bounds[0], bounds[1]));
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        return List.copyOf(ticks(bounds[0], bounds[1], length).majors());
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.copyOf(ticks(getLowerBound(), getUpperBound(), axisLength()).minors());
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return NumberText.powerOfTen(Math.round(value.doubleValue()));
    }

    private LogTicks ticks(double lower, double upper, double length) {
        double spacing = getSide() == null || getSide().isVertical() ? TICK_SPACING : 2 * TICK_SPACING;
        return LogTicks.of(lower, upper, length, spacing);
    }

    private double axisLength() {
        return getSide() == Side.LEFT || getSide() == Side.RIGHT ? getHeight() : getWidth();
    }
}
