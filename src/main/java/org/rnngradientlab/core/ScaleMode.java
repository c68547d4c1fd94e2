package org.rnngradientlab.core;

/** What the weight scale means. */
public enum ScaleMode implements Choice {
    /** The book's multiplier: {@code Wh = scale * W0}. */
    RAW("raw"),
    /** {@code Wh = scale * W0 / max(abs(eigvals(W0)))}: the spectral radius of Wh equals the scale. */
    SPECTRAL("spectral");

    private final String id;

    ScaleMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
