package org.rnngradientlab.app.view.chart;

import org.rnngradientlab.app.Messages;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.SimulationParams;

/** The short label of a pinned curve: what distinguishes it, e.g. "H 3 · T 20 · seed 3 · ×0.5 · matmul". */
public final class PinLabels {

    private PinLabels() {}

    public static String of(SimulationParams p, Messages messages) {
        String scale = messages.numbers().significant(p.scale(), 4);
        return messages.format(
                "pin.label",
                p.hidden(),
                p.steps(),
                Long.toString(p.seed()),
                p.scaleMode() == ScaleMode.RAW ? "×" + scale : "ρ " + scale,
                messages.text("mode." + p.mode().id() + ".short"),
                p.init().id());
    }
}
