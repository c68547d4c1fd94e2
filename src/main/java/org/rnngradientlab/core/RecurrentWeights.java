package org.rnngradientlab.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The unscaled recurrent weights W0 for one (H, seed, init), and their spectrum:
 *
 * <pre>{@code
 * np.random.seed(seed)
 * W0 = np.random.randn(H, H)     # or np.random.rand(H, H)
 * }</pre>
 *
 * <p>Every weight scale uses the same W0, so the spectrum is computed once (lazily, since the eigen-solver
 * takes a second at H = 1024) and then only scaled. Thread-safe: eigenvalues and singular
 * values are each computed at most once even when several threads ask, and a thread that needs only ρ(W0)
 * never waits for the singular values.
 */
public final class RecurrentWeights {

    private final int hidden;
    private final long seed;
    private final WeightInit init;
    private final double[] w0;
    private final LegacyRandomState.Snapshot afterWeights;

    private final Object eigenLock = new Object();
    private final Object singularLock = new Object();
    private volatile List<Complex> eigenvalues;
    private volatile double[] singularValues;
    private volatile Spectrum spectrum;

    private RecurrentWeights(int hidden, long seed, WeightInit init) {
        this.hidden = hidden;
        this.seed = seed;
        this.init = init;
        LegacyRandomState random = new LegacyRandomState(seed);
        w0 = new double[hidden * hidden];
        if (init == WeightInit.RANDN) {
            random.fillStandardNormal(w0, 0, w0.length);
        } else {
            random.fillRandomSample(w0, 0, w0.length);
        }
        afterWeights = random.snapshot();
    }

    /** Draws W0 as numpy does after {@code np.random.seed(seed)}. */
    public static RecurrentWeights draw(int hidden, long seed, WeightInit init) {
        Parameter.HIDDEN.check(hidden);
        Parameter.SEED.check(seed);
        return new RecurrentWeights(hidden, seed, init);
    }

    /** The weights for the hidden size, seed and init of {@code params}. */
    public static RecurrentWeights draw(SimulationParams params) {
        return draw(WeightDraw.of(params));
    }

    /** The weights {@code draw} names. */
    public static RecurrentWeights draw(WeightDraw draw) {
        return draw(draw.hidden(), draw.seed(), draw.init());
    }

    public int hidden() {
        return hidden;
    }

    /** W0 row-major, H × H; a copy. */
    public double[] matrix() {
        return w0.clone();
    }

    /** W0 itself, for the simulator; callers must not modify it. */
    double[] sharedMatrix() {
        return w0;
    }

    /** A generator positioned right after W0, where numpy draws the inputs X. */
    LegacyRandomState generatorAfterWeights() {
        LegacyRandomState random = new LegacyRandomState(seed);
        random.restore(afterWeights);
        return random;
    }

    /** ρ(W0) = max |λ(W0)|: eigenvalues only, no singular values. */
    public double spectralRadius() {
        List<Complex> values = eigenvalues();
        double radius = 0;
        for (Complex value : values) {
            radius = Math.max(radius, value.modulus());
        }
        return radius;
    }

    /** Eigen- and singular values of W0 ({@code np.linalg.eigvals(W0)}, {@code np.linalg.svd(W0, compute_uv=False)}). */
    public Spectrum spectrum() {
        Spectrum ready = spectrum;
        if (ready == null) {
            if (hidden >= 128) { // below, handing the SVD to another core costs more than it saves
                CompletableFuture.runAsync(this::singularValues); // found there while this core finds the eigenvalues
            }
            ready = new Spectrum(eigenvalues(), singularValues());
            spectrum = ready;
        }
        return ready;
    }

    /** Whether {@link #spectrum()} is ready, so asking for it costs nothing. */
    public boolean hasSpectrum() {
        return spectrum != null;
    }

    /** The eigenvalues, computed once however many threads ask at the same time. */
    private List<Complex> eigenvalues() {
        List<Complex> ready = eigenvalues;
        if (ready != null) {
            return ready;
        }
        synchronized (eigenLock) {
            if (eigenvalues == null) {
                eigenvalues = Spectrum.eigenvaluesOf(hidden, w0);
            }
            return eigenvalues;
        }
    }

    /** The singular values, computed once, apart from the eigenvalues so that neither waits for the other. */
    private double[] singularValues() {
        double[] ready = singularValues;
        if (ready != null) {
            return ready;
        }
        synchronized (singularLock) {
            if (singularValues == null) {
                singularValues = Spectrum.singularValuesOf(hidden, w0);
            }
            return singularValues;
        }
    }
}
