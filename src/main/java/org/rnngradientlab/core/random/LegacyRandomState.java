package org.rnngradientlab.core.random;

import java.util.Arrays;

/**
 * A bit-for-bit copy of numpy's legacy {@code numpy.random.RandomState}: the MT19937 generator, its
 * {@code random_sample} doubles and its polar Box–Muller {@code standard_normal}.
 *
 * <p>Sources: M. Matsumoto and T. Nishimura, "Mersenne Twister", ACM TOMACS 8(1), 1998
 * ({@code init_genrand}, {@code genrand_int32}); numpy {@code random/src/mt19937/mt19937.c}
 * ({@code mt19937_seed}), {@code random/src/legacy/legacy-distributions.c} ({@code legacy_gauss}) and
 * {@code random/src/distributions/distributions.c} ({@code legacy_double}: {@code (a >> 5) * 2^26 + (b >> 6)}
 * over 2^53).
 *
 * <p>With the same seed, the sequence of draws equals numpy's:
 *
 * <pre>{@code
 * np.random.seed(3)
 * np.random.randn(3, 3)[0]   # 1.78862847, 0.43650985, 0.09649747
 * }</pre>
 *
 * <p>Not thread-safe. {@link #snapshot()} and {@link #restore(Snapshot)} save and replay a position in the
 * stream, which lets a long run regenerate its inputs instead of storing them.
 */
public final class LegacyRandomState {

    /** The largest seed numpy's legacy {@code seed()} accepts: 2^32 − 1. */
    public static final long MAX_SEED = 0xFFFF_FFFFL;

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908_b0df;
    private static final int UPPER_MASK = 0x8000_0000;
    private static final int LOWER_MASK = 0x7fff_ffff;

    private final int[] key = new int[N];
    /** The next N outputs, tempered in one pass after each twist (a loop the JIT vectorises). */
    private final int[] tempered = new int[N];

    private int pos;
    private boolean hasGauss;
    private double gauss;

    /**
     * Seeds the generator as {@code np.random.seed(seed)} does for an integer seed.
     *
     * @param seed 0 to {@link #MAX_SEED}
     * @throws IllegalArgumentException when the seed is outside that range (numpy raises ValueError)
     */
    public LegacyRandomState(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be between 0 and 4294967295, got " + seed);
        }
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            key[i] = s;
            s = 1_812_433_253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    private int nextInt() {
        if (pos == N) {
            regenerate();
        }
        return tempered[pos++];
    }

    private void regenerate() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (key[kk] & UPPER_MASK) | (key[kk + 1] & LOWER_MASK);
            key[kk] = key[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (key[kk] & UPPER_MASK) | (key[kk + 1] & LOWER_MASK);
            key[kk] = key[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (key[N - 1] & UPPER_MASK) | (key[0] & LOWER_MASK);
        key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        temper();
        pos = 0;
    }

    private void temper() {
        for (int i = 0; i < N; i++) {
            int t = key[i];
            t ^= t >>> 11;
            t ^= (t << 7) & 0x9d2c_5680;
            t ^= (t << 15) & 0xefc6_0000;
            t ^= t >>> 18;
            tempered[i] = t;
        }
    }

    /** A uniform double in [0, 1) with 53 random bits: numpy's {@code random_sample()}. */
    public double randomSample() {
        long a = Integer.toUnsignedLong(nextInt()) >>> 5;
        long b = Integer.toUnsignedLong(nextInt()) >>> 6;
        // numpy divides by 2^53; multiplying by 2^-53 is exact too, and several times faster
        return (a * 67_108_864.0 + b) * 0x1p-53;
    }

    /**
     * A standard normal draw, numpy's legacy {@code standard_normal()} (also {@code randn}): the polar
     * Box–Muller method, which makes two values per accepted pair and caches the second.
     */
    public double standardNormal() {
        if (hasGauss) {
            hasGauss = false;
            double cached = gauss;
            gauss = 0.0;
            return cached;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * GlibcLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** Fills {@code out[from, from + count)} with {@link #standardNormal()} draws, in order. */
    public void fillStandardNormal(double[] out, int from, int count) {
        for (int i = from, end = from + count; i < end; i++) {
            out[i] = standardNormal();
        }
    }

    /** Fills {@code out[from, from + count)} with {@link #randomSample()} draws, in order. */
    public void fillRandomSample(double[] out, int from, int count) {
        for (int i = from, end = from + count; i < end; i++) {
            out[i] = randomSample();
        }
    }

    /** The generator's whole position: replaying from it yields the same draws again. */
    public Snapshot snapshot() {
        return new Snapshot(key.clone(), pos, hasGauss, gauss);
    }

    /** Returns the generator to a position saved by {@link #snapshot()}. */
    public void restore(Snapshot snapshot) {
        System.arraycopy(snapshot.key, 0, key, 0, N);
        temper();
        pos = snapshot.pos;
        hasGauss = snapshot.hasGauss;
        gauss = snapshot.gauss;
    }

    /** An immutable saved position of a {@link LegacyRandomState}. */
    public static final class Snapshot {
        private final int[] key;
        private final int pos;
        private final boolean hasGauss;
        private final double gauss;

        private Snapshot(int[] key, int pos, boolean hasGauss, double gauss) {
            this.key = key;
            this.pos = pos;
            this.hasGauss = hasGauss;
            this.gauss = gauss;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s
                    && pos == s.pos
                    && hasGauss == s.hasGauss
                    && Double.compare(gauss, s.gauss) == 0
                    && Arrays.equals(key, s.key);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(key) + pos;
        }
    }
}
