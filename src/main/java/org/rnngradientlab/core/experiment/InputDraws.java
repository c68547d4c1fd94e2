package org.rnngradientlab.core.experiment;

import java.util.concurrent.atomic.AtomicBoolean;
import org.rnngradientlab.core.linalg.KernelThreads;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The inputs X[t] of consecutive time steps, each N×H standard normals times the input scale, drawn in
 * numpy's order. The generator is sequential but does not depend on the computation, so a helper thread
 * draws them a few steps ahead into a ring while the caller computes (a fifth of the work at moderate H);
 * when no helper is free, {@link #next} draws them itself. Optionally only the batch sum Σ_n X[t, n] is kept,
 * which is all the matmul mode needs.
 *
 * <p>The generator belongs to this object until {@link #close()}, which must be called in a finally block.
 */
final class InputDraws implements AutoCloseable {

    private static final int RING = 64;
    /** Below this many numbers per pass, handing the draws to a helper costs more than it saves. */
    private static final long AHEAD_THRESHOLD = 20_000;

    private final LegacyRandomState random;
    private final int steps;
    private final int batch;
    private final int hidden;
    private final double inputScale;
    private final boolean batchSum;
    private final int width;
    private final double[] ring;
    private final double[] draw;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final KernelThreads.Background producer;
    private volatile int produced;
    private volatile int consumed;

    /**
     * @param steps how many steps will be asked for
     * @param batchSum whether each step yields only the H sums over the batch instead of all N×H values
     * @param ahead whether a helper may draw ahead (false when the caller's own loops use the helpers)
     */
    InputDraws(
            LegacyRandomState random,
            int steps,
            int batch,
            int hidden,
            double inputScale,
            boolean batchSum,
            boolean ahead) {
        this.random = random;
        this.steps = steps;
        this.batch = batch;
        this.hidden = hidden;
        this.inputScale = inputScale;
        this.batchSum = batchSum;
        this.width = batchSum ? hidden : batch * hidden;
        this.draw = new double[batch * hidden];
        this.ring = new double[Math.min(RING, Math.max(1, steps)) * width];
        boolean worthIt = ahead && (long) steps * batch * hidden >= AHEAD_THRESHOLD;
        this.producer = worthIt ? KernelThreads.shared().tryInBackground(this::produce) : null;
    }

    /** The inputs of the next step, in {@code out[0, width)}: N×H values, or H batch sums. */
    void next(double[] out) {
        int step = consumed;
        if (producer == null) {
            drawInto(out, 0);
        } else {
            while (produced <= step) {
                Thread.onSpinWait();
            }
            System.arraycopy(ring, (step % slots()) * width, out, 0, width);
        }
        consumed = step + 1;
    }

    private int slots() {
        return ring.length / width;
    }

    private void produce() {
        for (int step = 0; step < steps && !stop.get(); step++) {
            while (step - consumed >= slots()) {
                if (stop.get()) {
                    return;
                }
                Thread.onSpinWait();
            }
            drawInto(ring, (step % slots()) * width);
            produced = step + 1;
        }
    }

    private void drawInto(double[] out, int from) {
        random.fillStandardNormal(draw, 0, draw.length);
        if (!batchSum) {
            for (int i = 0; i < draw.length; i++) {
                out[from + i] = draw[i] * inputScale;
            }
            return;
        }
        for (int i = 0; i < hidden; i++) {
            out[from + i] = 0;
        }
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < hidden; i++) {
                out[from + i] += draw[n * hidden + i] * inputScale;
            }
        }
    }

    /** Stops the helper and waits for it; the generator is then positioned after the last drawn step. */
    @Override
    public void close() {
        stop.set(true);
        if (producer != null) {
            producer.await();
        }
    }
}
