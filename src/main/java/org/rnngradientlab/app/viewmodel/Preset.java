package org.rnngradientlab.app.viewmodel;

import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.WeightInit;

/** Ready-made settings for a lesson; the UI text of each is {@code preset.<id>}. */
public enum Preset {
    /** The book's figure: seed 3, ×1.0, the norm explodes. */
    BOOK_EXPLODING("bookExploding", SimulationParams.BOOK),
    /** The book's second figure: ×0.5, the norm vanishes. */
    BOOK_VANISHING("bookVanishing", SimulationParams.BOOK.with(Parameter.SCALE, 0.5)),
    /** np.random.rand: all weights positive, one dominant real eigenvalue near H/2. */
    UNIFORM_INIT(
            "uniformInit",
            SimulationParams.BOOK.with(ChoiceParameter.INIT, WeightInit.RAND).with(Parameter.SCALE, 0.5)),
    /** Spectral radius exactly 1: neither growing nor shrinking in the long run. */
    EDGE_OF_CHAOS(
            "edgeOfChaos",
            SimulationParams.BOOK
                    .with(Parameter.HIDDEN, 64)
                    .with(Parameter.STEPS, 100)
                    .with(ChoiceParameter.SCALE_MODE, ScaleMode.SPECTRAL)),
    /** H = 1: the gradient carries w^k, the scalar RNN of the analysis. */
    SCALAR_RNN(
            "scalarRnn",
            SimulationParams.BOOK
                    .with(Parameter.HIDDEN, 1)
                    .with(Parameter.STEPS, 30)
                    .with(Parameter.SCALE, 0.5)),
    /** The full RNN with large inputs: tanh saturates, tanh′ ≈ 0.2, and the gradient vanishes though ρ(Wh) ≈ 2.3. */
    TANH_SATURATION(
            "tanhSaturation",
            SimulationParams.BOOK
                    .with(Parameter.HIDDEN, 16)
                    .with(Parameter.STEPS, 50)
                    .with(ChoiceParameter.MODE, BackpropMode.TANH)
                    .with(Parameter.INPUT_SCALE, 4.0)
                    .with(Parameter.SCALE, 0.5)),
    /**
     * The same W0 and X in the book's LSTM with forget bias 3 and, dashed, in the tanh RNN: the RNN's gradient
     * vanishes by 14 decades over T = 100 while the memory cell's ‖dc‖ stays within half a decade.
     */
    RNN_VS_LSTM(
            "rnnVsLstm",
            SimulationParams.BOOK
                    .with(Parameter.HIDDEN, 16)
                    .with(Parameter.STEPS, 100)
                    .with(Parameter.SCALE, 0.3)
                    .with(ChoiceParameter.MODE, BackpropMode.LSTM)
                    .with(Parameter.FORGET_BIAS, 3));

    private final String id;
    private final SimulationParams params;

    Preset(String id, SimulationParams params) {
        this.id = id;
        this.params = params;
    }

    /** The key suffix of its UI text. */
    public String id() {
        return id;
    }

    public SimulationParams params() {
        return params;
    }
}
