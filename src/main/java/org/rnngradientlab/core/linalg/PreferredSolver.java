package org.rnngradientlab.core.linalg;

/** Holds {@link SpectrumSolver#preferred()}: chosen when first asked for, so that loading it costs nothing before. */
final class PreferredSolver {

    static final SpectrumSolver INSTANCE =
            SpectrumSolver.choose(System.getProperty(SpectrumSolver.PROPERTY), NativeLapack::load);

    private PreferredSolver() {}
}
