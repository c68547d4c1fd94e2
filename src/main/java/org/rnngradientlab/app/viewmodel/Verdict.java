package org.rnngradientlab.app.viewmodel;

import org.rnngradientlab.app.text.Messages;

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

    /**
     * The verdict as the window shows it, e.g. "vanishing ×0.63 per step"; empty when unknown. The factor has
     * two decimals, three below 0.1.
     */
    public String text(Messages messages) {
        String shown = factorText(factor, messages);
        return switch (kind) {
            case VANISHING -> messages.format("verdict.vanishing", shown);
            case EXPLODING -> messages.format("verdict.exploding", shown);
            case EDGE -> messages.format("verdict.edge", shown);
            case UNKNOWN -> "";
        };
    }

    /** A growth factor per step as the verdict shows it: "×0.63", "×0.043". */
    public static String factorText(double factor, Messages messages) {
        return "×" + messages.numbers().fixed(factor, factor < 0.1 ? 3 : 2);
    }
}
