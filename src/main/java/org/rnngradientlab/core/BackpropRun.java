package org.rnngradientlab.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything one simulated backward pass yields. The norm series is always present; the spectrum and the
 * clipping result may arrive later than the norms in the window (they are computed apart, since the
 * spectrum of a large W0 takes seconds), and are absent only in a run made for that purpose
 * ({@link GradientSimulator#runNorms}). Immutable.
 */
public final class BackpropRun {

    private final SimulationParams params;
    private final double multiplier;
    private final NormSeries norms;
    private final Spectrum weightSpectrum;
    private final GradientClip clip;
    private final double[] meanTanhPrime;
    private final PreActivationHistogram preActivations;
    private final CellPath cellPath;

    BackpropRun(
            SimulationParams params,
            double multiplier,
            NormSeries norms,
            Spectrum weightSpectrum,
            GradientClip clip,
            double[] meanTanhPrime,
            PreActivationHistogram preActivations) {
        this(params, multiplier, norms, weightSpectrum, clip, meanTanhPrime, preActivations, null);
    }

    BackpropRun(
            SimulationParams params,
            double multiplier,
            NormSeries norms,
            Spectrum weightSpectrum,
            GradientClip clip,
            double[] meanTanhPrime,
            PreActivationHistogram preActivations,
            CellPath cellPath) {
        this.params = Objects.requireNonNull(params);
        this.multiplier = multiplier;
        this.norms = Objects.requireNonNull(norms);
        this.weightSpectrum = weightSpectrum;
        this.clip = clip;
        this.meanTanhPrime = meanTanhPrime;
        this.preActivations = preActivations;
        this.cellPath = cellPath;
    }

    /** The parameters this run was made with. */
    public SimulationParams params() {
        return params;
    }

    /** c with Wh = c·W0: the scale in raw mode, scale / ρ(W0) in spectral mode. */
    public double multiplier() {
        return multiplier;
    }

    /** The gradient norm per step, plain and in log space. */
    public NormSeries norms() {
        return norms;
    }

    /** Eigen- and singular values of Wh, if computed. */
    public Optional<Spectrum> spectrum() {
        return weightSpectrum == null ? Optional.empty() : Optional.of(weightSpectrum.scaled(multiplier));
    }

    /** Eigen- and singular values of the unscaled W0, if computed. */
    public Optional<Spectrum> weightSpectrum() {
        return Optional.ofNullable(weightSpectrum);
    }

    /**
     * The weight scale at which ρ(Wh) = 1, where the gradient neither grows nor shrinks in matmul mode:
     * 1/ρ(W0) for the raw multiplier, 1 for the spectral scale, √H/ρ(W0) for the gain. Empty until the spectrum
     * is known.
     */
    public OptionalDouble criticalScale() {
        if (params.scaleMode() == ScaleMode.SPECTRAL) {
            return OptionalDouble.of(1.0);
        }
        if (weightSpectrum == null || weightSpectrum.spectralRadius() == 0) {
            return OptionalDouble.empty();
        }
        double perUnit = params.scaleMode() == ScaleMode.GAIN ? Math.sqrt(params.hidden()) : 1.0;
        return OptionalDouble.of(perUnit / weightSpectrum.spectralRadius());
    }

    /** Gradient clipping of dWh, if computed. */
    public Optional<GradientClip> clip() {
        return Optional.ofNullable(clip);
    }

    /**
     * The mean of tanh′ = 1 − h² over batch and units, per step k = 1..T (index k−1); all 1 in matmul mode,
     * NaN in LSTM mode (its tanh′ acts inside the cell; see {@link #cellPath()}). A copy.
     */
    public double[] meanTanhPrime() {
        return meanTanhPrime.clone();
    }

    /** The pre-activations a = h·Wh + x that occurred; present in tanh mode only. */
    public Optional<PreActivationHistogram> preActivations() {
        return Optional.ofNullable(preActivations);
    }

    /** The memory cell's gradient and forget gates; present in LSTM mode only. */
    public Optional<CellPath> cellPath() {
        return Optional.ofNullable(cellPath);
    }

    /** Whether spectrum and clipping are both present. */
    public boolean isComplete() {
        return weightSpectrum != null && clip != null;
    }

    /** This run with the spectrum of W0 filled in. */
    public BackpropRun withWeightSpectrum(Spectrum value) {
        return new BackpropRun(
                params,
                multiplier,
                norms,
                Objects.requireNonNull(value),
                clip,
                meanTanhPrime,
                preActivations,
                cellPath);
    }

    /** This run with the clipping result filled in. */
    public BackpropRun withClip(GradientClip value) {
        return new BackpropRun(
                params,
                multiplier,
                norms,
                weightSpectrum,
                Objects.requireNonNull(value),
                meanTanhPrime,
                preActivations,
                cellPath);
    }
}
