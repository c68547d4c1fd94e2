package org.rnngradientlab.core;

/**
 * What determines W0, the unscaled recurrent weights: nothing but the hidden size, the seed and the init,
 *
 * <pre>{@code
 * np.random.seed(seed)
 * W0 = np.random.randn(H, H)     # or np.random.rand(H, H)
 * }</pre>
 *
 * <p>so two parameter sets with equal draws have the same W0 and the same eigen- and singular values of W0,
 * whatever their scale, scale meaning, mode, T, N, input scale or max-norm. The one definition of "same
 * weights": the simulator caches W0 and its spectrum by it, and the window keeps a spectrum across changes
 * that leave it equal.
 *
 * @param hidden H
 * @param seed the seed of numpy's legacy generator
 * @param init randn or rand
 */
public record WeightDraw(int hidden, long seed, WeightInit init) {

    /** The draw of W0 for {@code params}. */
    public static WeightDraw of(SimulationParams params) {
        return new WeightDraw(params.hidden(), params.seed(), params.init());
    }

    /** Whether {@code a} and {@code b} are both given and have the same W0. */
    public static boolean sameWeights(SimulationParams a, SimulationParams b) {
        return a != null && b != null && of(a).equals(of(b));
    }
}
