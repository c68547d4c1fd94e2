package org.rnngradientlab.core;

/** How the unscaled recurrent weights W0 are drawn. */
public enum WeightInit implements Choice {
    /** {@code np.random.randn(H, H)}: standard normal, the book's choice. */
    RANDN("randn"),
    /** {@code np.random.rand(H, H)}: uniform on [0, 1), all positive, so one large real eigenvalue. */
    RAND("rand");

    private final String id;

    WeightInit(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
