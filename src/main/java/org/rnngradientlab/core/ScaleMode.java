package org.rnngradientlab.core;

/** What the weight scale means. */
public enum ScaleMode implements Choice {
    /** The book's multiplier: {@code Wh = scale * W0}. */
    RAW("raw"),
    /** {@code Wh = scale * W0 / max(abs(eigvals(W0)))}: the spectral radius of Wh equals the scale. */
    SPECTRAL("spectral"),
    /**
     * {@code Wh = scale * W0 / sqrt(H)}: the gain g of the usual initialisation. By the circular law ρ(W0/√H) ≈ 1
     * for randn, so the edge of the MatMul pass stays near g = 1 at every H, where the raw multiplier's edge
     * 1/ρ(W0) ≈ 1/√H crowds the left end of the slider.
     */
    GAIN("gain");

    private final String id;

    ScaleMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
