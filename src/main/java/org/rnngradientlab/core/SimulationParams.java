package org.rnngradientlab.core;

import java.util.Objects;

/**
 * Everything that determines one simulated backward pass, in the terms of the book's script:
 *
 * <pre>{@code
 * np.random.seed(seed)
 * W0 = np.random.randn(hidden, hidden)        # or rand, see init
 * Wh = scale * W0                              # or scale * W0 / max(abs(eigvals(W0))), see scaleMode
 * X  = np.random.randn(steps, batch, hidden) * inputScale
 * }</pre>
 *
 * <p>The ranges are those of {@link Parameter}; the constructor refuses anything else with an
 * {@link IllegalArgumentException} naming the parameter.
 *
 * @param hidden H, the size of the hidden state
 * @param steps T, the number of time steps propagated back
 * @param seed the seed of numpy's legacy generator
 * @param scale the weight scale (a multiplier, or the spectral radius, see {@code scaleMode})
 * @param init how W0 is drawn
 * @param scaleMode what the scale means
 * @param mode the book's MatMul-only backward pass, or the full RNN with tanh
 * @param batch N, the mini-batch size
 * @param inputScale the standard deviation of the inputs x
 * @param maxNorm the threshold of the book's {@code clip_grads}
 * @param forgetBias the bias of the LSTM's forget gate (LSTM mode only)
 */
public record SimulationParams(
        int hidden,
        int steps,
        long seed,
        double scale,
        WeightInit init,
        ScaleMode scaleMode,
        BackpropMode mode,
        int batch,
        double inputScale,
        double maxNorm,
        double forgetBias) {

    /** The book's experiment: every parameter at its default (H 3, T 20, seed 3, ×1.0, randn, raw, matmul, N 2…). */
    public static final SimulationParams BOOK = defaults();

    public SimulationParams {
        Parameter.HIDDEN.check(hidden);
        Parameter.STEPS.check(steps);
        Parameter.SEED.check(seed);
        Parameter.SCALE.check(scale);
        Parameter.BATCH.check(batch);
        Parameter.INPUT_SCALE.check(inputScale);
        Parameter.MAX_NORM.check(maxNorm);
        Parameter.FORGET_BIAS.check(forgetBias);
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(scaleMode, "scaleMode");
        Objects.requireNonNull(mode, "mode");
    }

    /** The value of a numeric parameter. */
    public double get(Parameter parameter) {
        return parameter.get(this);
    }

    /** The value of a choice parameter. */
    public <E extends Enum<E> & Choice> E get(ChoiceParameter<E> parameter) {
        return parameter.get(this);
    }

    /** These parameters with {@code parameter} set to {@code value}; refused as the constructor refuses. */
    public SimulationParams with(Parameter parameter, double value) {
        parameter.check(value);
        double[] numbers = numbers();
        numbers[parameter.ordinal()] = value;
        return of(numbers, choices());
    }

    /** These parameters with {@code parameter} set to {@code value}. */
    public <E extends Enum<E> & Choice> SimulationParams with(ChoiceParameter<E> parameter, E value) {
        Choice[] choices = choices();
        choices[ChoiceParameter.ALL.indexOf(parameter)] = parameter.cast(value);
        return of(numbers(), choices);
    }

    private double[] numbers() {
        double[] numbers = new double[Parameter.values().length];
        for (Parameter parameter : Parameter.values()) {
            numbers[parameter.ordinal()] = parameter.get(this);
        }
        return numbers;
    }

    private Choice[] choices() {
        return ChoiceParameter.ALL.stream().map(c -> c.get(this)).toArray(Choice[]::new);
    }

    private static SimulationParams defaults() {
        double[] numbers = new double[Parameter.values().length];
        for (Parameter parameter : Parameter.values()) {
            numbers[parameter.ordinal()] = parameter.defaultValue();
        }
        return of(
                numbers,
                ChoiceParameter.ALL.stream().map(ChoiceParameter::defaultValue).toArray(Choice[]::new));
    }

    private static <E extends Enum<E> & Choice> E choice(Choice[] c, ChoiceParameter<E> parameter) {
        return parameter.cast(c[ChoiceParameter.ALL.indexOf(parameter)]);
    }

    /** The one place that lists the components: from the values indexed by ordinal and by {@link ChoiceParameter#ALL}. */
    private static SimulationParams of(double[] n, Choice[] c) {
        return new SimulationParams(
                (int) n[Parameter.HIDDEN.ordinal()],
                (int) n[Parameter.STEPS.ordinal()],
                (long) n[Parameter.SEED.ordinal()],
                n[Parameter.SCALE.ordinal()],
                choice(c, ChoiceParameter.INIT),
                choice(c, ChoiceParameter.SCALE_MODE),
                choice(c, ChoiceParameter.MODE),
                (int) n[Parameter.BATCH.ordinal()],
                n[Parameter.INPUT_SCALE.ordinal()],
                n[Parameter.MAX_NORM.ordinal()],
                n[Parameter.FORGET_BIAS.ordinal()]);
    }
}
