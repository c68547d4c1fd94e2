package org.rnngradientlab.app.viewmodel;

import java.util.List;
import org.rnngradientlab.core.BackpropRun;

/**
 * What the norm chart shows: the same for the window and for an exported image.
 *
 * @param run the current run (may be null before the first result)
 * @param pins curves kept as ghosts
 * @param asymptote whether to draw ρ(Wh)^k (an RNN statement: never drawn for an LSTM run)
 * @param clipping whether to draw the clipping threshold on ‖dWh‖
 * @param float64Limits whether to mark where plain float64 overflows and underflows
 * @param showPins whether to draw the ghosts
 * @param rnn beside an LSTM run, the plain tanh RNN on the same W0 and X (the same parameters in tanh mode),
 *     drawn dashed; null otherwise, or while it is being computed
 */
public record ChartContent(
        BackpropRun run,
        List<PinnedRun> pins,
        boolean asymptote,
        boolean clipping,
        boolean float64Limits,
        boolean showPins,
        BackpropRun rnn) {

    public ChartContent {
        pins = List.copyOf(pins);
    }

    /** What the chart shows with no RNN beside the run. */
    public ChartContent(
            BackpropRun run,
            List<PinnedRun> pins,
            boolean asymptote,
            boolean clipping,
            boolean float64Limits,
            boolean showPins) {
        this(run, pins, asymptote, clipping, float64Limits, showPins, null);
    }
}
