package org.rnngradientlab.app.viewmodel;

/**
 * Whether the gradient vanishes or explodes, and by what factor per step.
 *
 * @param kind the verdict
 * @param factor the growth factor per step: ρ(Wh) in matmul mode once the spectrum is known, else the
 *     measured growth per step of ‖dh‖ ({@link org.rnngradientlab.core.GrowthFactor}); NaN when unknown
 * @param measured whether the factor was measured from the norms rather than taken from ρ(Wh)
 */
public record Verdict(Kind kind, double factor, boolean measured) {

    /** How close to 1 a factor must be to count as the edge. */
    public static final double EDGE = 0.005;

    /** The three verdicts, and "not yet known". */
    public enum Kind {
        VANISHING,
        EDGE,
        EXPLODING,
        UNKNOWN
    }

    /** The verdict for a growth factor per step. */
    public static Verdict of(double factor, boolean measured) {
        if (Double.isNaN(factor)) {
            return new Verdict(Kind.UNKNOWN, factor, measured);
        }
        if (factor < 1 - EDGE) {
            return new Verdict(Kind.VANISHING, factor, measured);
        }
        if (factor > 1 + EDGE) {
            return new Verdict(Kind.EXPLODING, factor, measured);
        }
        return new Verdict(Kind.EDGE, factor, measured);
    }
}
