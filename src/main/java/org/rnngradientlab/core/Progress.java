package org.rnngradientlab.core;

import java.util.concurrent.CancellationException;

/**
 * Where a long computation reports how far it is, and learns that its result is no longer wanted. The
 * simulator asks {@link #isCancelled()} once per time step and then throws {@link CancellationException}.
 */
@FunctionalInterface
public interface Progress {

    /** Reports nothing and never cancels. */
    Progress NONE = fraction -> {};

    /** Called with the finished fraction of the work, from 0 to 1, at most a few hundred times per run. */
    void report(double fraction);

    /** Whether the caller has lost interest; checked between steps. */
    default boolean isCancelled() {
        return false;
    }
}
