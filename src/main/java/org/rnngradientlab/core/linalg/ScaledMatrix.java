package org.rnngradientlab.core.linalg;

/**
 * An H×H sum of products aᵀd kept as a mantissa matrix M times 2^E, so that dWh stays exact when its terms
 * pass float64's range. Each term arrives with its own power of two; E follows the largest term seen, and
 * terms more than 2^1000 below it are dropped (they are below float64's relative precision).
 *
 * <p>Terms are gathered, {@link #PENDING_ROWS} rows at a time, and added to M together on a helper thread
 * ({@link KernelThreads#inBackground}) while the caller goes on with the recurrence: dWh is off the critical
 * path of backpropagation. Not thread-safe; {@link #settle()} must run before the caller is done with it,
 * also when it gives up half-way.
 */
public final class ScaledMatrix {

    /** How far a term may exceed 2^E before M is rescaled: keeps M's entries far from overflow. */
    private static final int HEADROOM = 64;

    private static final int NEGLIGIBLE = -1000;
    static final int PENDING_ROWS = 32;

    private final int size;
    private final double[] mantissa;
    private double[] pendingA;
    private double[] pendingD;
    private double[] flushingA;
    private double[] flushingD;
    private KernelThreads.Background flushing;
    private int pending;
    private int exponent;
    private boolean empty = true;

    /** An empty sum for H = {@code size}. */
    public ScaledMatrix(int size) {
        this.size = size;
        this.mantissa = new double[size * size];
        this.pendingA = new double[PENDING_ROWS * size];
        this.pendingD = new double[PENDING_ROWS * size];
        this.flushingA = new double[PENDING_ROWS * size];
        this.flushingD = new double[PENDING_ROWS * size];
    }

    /** M·2^E += (u ⊗ v)·f·2^e, with v = rows[vFrom : vFrom + H] and |u|, |v|, |f| below 2. */
    public void addOuter(double[] u, double[] rows, int vFrom, double f, int e) {
        double factor = align(e) * f;
        if (factor == 0) {
            return;
        }
        if (pending == PENDING_ROWS) {
            flush();
        }
        int at = pending * size;
        System.arraycopy(u, 0, pendingA, at, size);
        for (int j = 0; j < size; j++) {
            pendingD[at + j] = rows[vFrom + j] * factor;
        }
        pending++;
    }

    /** M·2^E += a[aFrom : n×H]ᵀ · d[n×H] · 2^e, with |a| ≤ 1 and |d| below 2. */
    public void addTransposeProduct(double[] a, int aFrom, double[] d, int n, int e) {
        double factor = align(e);
        if (factor == 0) {
            return;
        }
        if (pending + n > PENDING_ROWS) {
            flush();
        }
        if (n > PENDING_ROWS) {
            settle();
            double[] scaled = new double[n * size];
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] = d[i] * factor;
            }
            Kernels.transposeMultiplyAdd(a, aFrom, scaled, 0, mantissa, n, size, size);
            return;
        }
        int at = pending * size;
        System.arraycopy(a, aFrom, pendingA, at, n * size);
        for (int i = 0; i < n * size; i++) {
            pendingD[at + i] = d[i] * factor;
        }
        pending += n;
    }

    /** The factor 2^(e − E) a term of exponent e is added with, after moving E up if the term needs it. */
    private double align(int e) {
        if (empty) {
            exponent = e;
            empty = false;
        } else if (e > exponent + HEADROOM) {
            flush();
            settle();
            double down = Math.scalb(1.0, Math.max(exponent - e, -1100));
            for (int i = 0; i < mantissa.length; i++) {
                mantissa[i] *= down;
            }
            exponent = e;
        }
        int relative = e - exponent;
        return relative < NEGLIGIBLE ? 0.0 : Math.scalb(1.0, relative);
    }

    /** Hands the pending rows to a helper, after the previous hand-over has finished. */
    private void flush() {
        if (pending == 0) {
            return;
        }
        settle();
        double[] a = pendingA;
        double[] d = pendingD;
        int rows = pending;
        pendingA = flushingA;
        pendingD = flushingD;
        flushingA = a;
        flushingD = d;
        pending = 0;
        flushing = KernelThreads.shared()
                .inBackground(() -> Kernels.transposeMultiplyAdd(a, 0, d, 0, mantissa, rows, size, size));
    }

    /** Waits until every handed-over row is in M. */
    public void settle() {
        if (flushing != null) {
            KernelThreads.Background running = flushing;
            flushing = null;
            running.await();
        }
    }

    /**
     * ‖M‖_F·2^E and max|M|·2^E, the sum's Frobenius norm and largest |element| with their common power of two;
     * all 0 for an empty sum. Waits for the handed-over rows first.
     */
    public Norms norms() {
        flush();
        settle();
        if (empty) {
            return new Norms(0, 0, 0);
        }
        return new Norms(
                Vectors.frobenius(mantissa, 0, mantissa.length),
                Vectors.largestAbs(mantissa, 0, mantissa.length),
                exponent);
    }

    /** The norms of a {@link ScaledMatrix}: frobeniusMantissa·2^exponent and largestMantissa·2^exponent. */
    public record Norms(double frobeniusMantissa, double largestMantissa, int exponent) {}
}
