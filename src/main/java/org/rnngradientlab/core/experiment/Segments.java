package org.rnngradientlab.core.experiment;

/**
 * How a pass over T steps is cut for checkpointing (Griewank &amp; Walther, "Evaluating Derivatives", ch. 12):
 * when all T + 1 states fit {@link #STORE_ALL_LIMIT} numbers, one segment of T steps keeps every state;
 * otherwise the forward pass keeps only the first state of each segment of ⌈√T⌉ steps (and where the
 * generator stood), and the backward pass recomputes one segment at a time, newest first. Memory then grows
 * with √T states, not T, at the cost of one more forward pass.
 *
 * @param steps T
 * @param length the steps per segment; the last segment may be shorter
 */
public record Segments(int steps, int length) {

    /** The most numbers kept for stored states before a pass switches to checkpoints (32 MB). */
    public static final long STORE_ALL_LIMIT = 1L << 22;

    /** The segments of a pass whose state has {@code numbersPerState} numbers, within {@code storeAllLimit}. */
    static Segments of(int steps, long numbersPerState, long storeAllLimit) {
        if ((steps + 1L) * numbersPerState <= storeAllLimit) {
            return new Segments(steps, steps);
        }
        return new Segments(steps, Math.max(1, (int) Math.ceil(Math.sqrt(steps))));
    }

    /** How many segments. */
    int count() {
        return (steps + length - 1) / length;
    }

    /** The first step of segment s, 0-based: s·length. */
    int start(int s) {
        return s * length;
    }

    /** The steps in segment s: {@link #length}, or fewer for the last. */
    int lengthOf(int s) {
        return Math.min(length, steps - s * length);
    }
}
