package org.rnngradientlab.core;

/** Which backward pass is simulated. */
public enum BackpropMode implements Choice {
    /** The book's experiment: only {@code dh = dh @ Wh.T} each step; tanh is left out (its factor is 1). */
    MATMUL("matmul"),
    /** A full RNN, {@code h = tanh(h @ Wh + x)}: each step also multiplies by {@code tanh' = 1 - h^2}. */
    TANH("tanh"),
    /**
     * The book's LSTM (6.3) on the same W0 and X: the memory cell's gradient passes back through {@code +} and
     * {@code × f} only, not through Wh once per step.
     */
    LSTM("lstm");

    private final String id;

    BackpropMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
