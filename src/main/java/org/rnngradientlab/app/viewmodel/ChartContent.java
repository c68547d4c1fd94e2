package org.rnngradientlab.app.viewmodel;

import java.util.List;
import org.rnngradientlab.core.BackpropRun;

/**
 * What the norm chart shows: the same for the window and for an exported image.
 *
 * @param run the current run (may be null before the first result)
 * @param pins curves kept as ghosts
 * @param asymptote whether to draw ρ(Wh)^k
 * @param clipping whether to draw the clipping threshold and the clipped curve
 * @param float64Limits whether to mark where plain float64 overflows and underflows
 * @param showPins whether to draw the ghosts
 */
public record ChartContent(
        BackpropRun run,
        List<PinnedRun> pins,
        boolean asymptote,
        boolean clipping,
        boolean float64Limits,
        boolean showPins) {

    public ChartContent {
        pins = List.copyOf(pins);
    }
}
