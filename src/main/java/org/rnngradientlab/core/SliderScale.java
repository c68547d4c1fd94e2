package org.rnngradientlab.core;

/**
 * How a parameter's slider relates position to value, and the steps of its keys: linear, or logarithmic
 * (H and T, where every doubling matters as much as the last). The slider may span less than the allowed
 * range; typed values go anywhere allowed.
 *
 * @param min the slider's left end
 * @param max the slider's right end
 * @param logarithmic whether the position is {@code ln(value)}
 * @param step what an arrow key adds
 * @param fineStep what Shift + an arrow key adds
 * @param largeFactor what Page Up/Down add (linear) or multiply by (logarithmic)
 */
public record SliderScale(
        double min, double max, boolean logarithmic, double step, double fineStep, double largeFactor) {

    /** A linear slider where Page Up/Down add {@code large}. */
    public static SliderScale linear(double min, double max, double step, double fineStep, double large) {
        return new SliderScale(min, max, false, step, fineStep, large);
    }

    /** A logarithmic slider where Page Up/Down multiply or divide by {@code factor}. */
    public static SliderScale logarithmic(double min, double max, double step, double factor) {
        return new SliderScale(min, max, true, step, step, factor);
    }

    /** The slider position of {@code value}, clamped to the slider's ends. */
    public double toPosition(double value) {
        double clamped = Math.max(min, Math.min(max, value));
        return logarithmic ? Math.log(clamped) : clamped;
    }

    /** The value at slider position {@code position}. */
    public double toValue(double position) {
        return logarithmic ? Math.exp(position) : position;
    }

    public double minPosition() {
        return toPosition(min);
    }

    public double maxPosition() {
        return toPosition(max);
    }
}
