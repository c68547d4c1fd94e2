package org.rnngradientlab.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything one simulated backward pass yields. The norm series is always present; the spectrum and the
 * clipping result may arrive later than the norms in the window (they are computed apart, since the
 * spectrum of a large Wh takes seconds), and are absent only in a run made for that purpose
 * ({@link GradientSimulator#runNorms}). Immutable.
 */
public final class BackpropRun {

    private final SimulationParams params;
    private final NormSeries norms;
    private final Spectrum spectrum;
    private final GradientClip clip;
    private final double[] meanTanhPrime;
    private final PreActivationHistogram preActivations;

    BackpropRun(
            SimulationParams params,
            NormSeries norms,
            Spectrum spectrum,
            GradientClip clip,
            double[] meanTanhPrime,
            PreActivationHistogram preActivations) {
        this.params = Objects.requireNonNull(params);
        this.norms = Objects.requireNonNull(norms);
        this.spectrum = spectrum;
        this.clip = clip;
        this.meanTanhPrime = meanTanhPrime;
        this.preActivations = preActivations;
    }

    /** The parameters this run was made with. */
    public SimulationParams params() {
        return params;
    }

    /** The gradient norm per step, plain and in log space. */
    public NormSeries norms() {
        return norms;
    }

    /** Eigen- and singular values of Wh, if computed. */
    public Optional<Spectrum> spectrum() {
        return Optional.ofNullable(spectrum);
    }

    /** Gradient clipping of dWh, if computed. */
    public Optional<GradientClip> clip() {
        return Optional.ofNullable(clip);
    }

    /** The mean of tanh′ = 1 − h² over batch and units, per step k = 1..T (index k−1); all 1 in matmul mode. A copy. */
    public double[] meanTanhPrime() {
        return meanTanhPrime.clone();
    }

    /** The pre-activations a = h·Wh + x that occurred; present in tanh mode only. */
    public Optional<PreActivationHistogram> preActivations() {
        return Optional.ofNullable(preActivations);
    }

    /** Whether spectrum and clipping are both present. */
    public boolean isComplete() {
        return spectrum != null && clip != null;
    }

    /** This run with the spectrum filled in. */
    public BackpropRun withSpectrum(Spectrum value) {
        return new BackpropRun(params, norms, Objects.requireNonNull(value), clip, meanTanhPrime, preActivations);
    }

    /** This run with the clipping result filled in. */
    public BackpropRun withClip(GradientClip value) {
        return new BackpropRun(params, norms, spectrum, Objects.requireNonNull(value), meanTanhPrime, preActivations);
    }
}
