package org.rnngradientlab.core.linalg;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Helper threads for the dense loops, used two ways: {@link #split} divides one loop over the cores, and
 * {@link #inBackground} runs a task (adding a block of terms to dWh) on a helper while the caller goes on
 * along the critical path of the recurrence.
 *
 * <p>A backward pass calls its kernels tens of thousands of times, each taking 10 to 100 µs, so handing
 * work over must cost far less than that: the helpers spin for a moment after each piece of work (as
 * OpenBLAS's threads do) and only then park, where waking a parked thread would cost as much as the work.
 * A piece a helper has not started yet when the caller comes for it is taken back and run by the caller,
 * so a busy machine (a helper not scheduled) slows a run down but never stalls it.
 *
 * <p>The number of threads is the number of cores, or the system property
 * {@value #THREADS_PROPERTY} (the window sets it to leave a core for drawing). One caller at a time has the
 * helpers; anyone else, meanwhile, runs their work in their own thread.
 */
public final class KernelThreads {

    /** System property: how many threads a loop may use, the caller's included. */
    public static final String THREADS_PROPERTY = "rnngradientlab.computeThreads";

    /** A piece of work over the index range [from, to). */
    interface Range {
        void run(int from, int to);
    }

    /** A task handed to a helper by {@link #inBackground}; the helpers stay taken until it is awaited. */
    public final class Background {
        private Helper helper;

        private Background(Helper helper) {
            this.helper = helper;
        }

        /** Waits for the task (running it here if no helper has started it), frees the helpers; idempotent. */
        public void await() {
            if (helper != null) {
                try {
                    helper.finish();
                } finally {
                    helper = null;
                    taken.set(false);
                }
            }
        }
    }

    private static final long SPIN_NANOS = 200_000;
    private static final KernelThreads SHARED = new KernelThreads(configuredThreads());

    private final Helper[] helpers;
    private final AtomicBoolean taken = new AtomicBoolean();

    private KernelThreads(int threads) {
        helpers = new Helper[Math.max(0, threads - 1)];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Helper("rnn-lab-kernel-" + (i + 1));
            helpers[i].start();
        }
    }

    /** The helpers shared by the whole process. */
    public static KernelThreads shared() {
        return SHARED;
    }

    /** Whether no caller holds the helpers now. */
    boolean isFree() {
        return !taken.get();
    }

    /** Runs {@code work} over [0, length), split into one piece per thread; returns when all are done. */
    void split(int length, Range work) {
        int parts = Math.min(helpers.length + 1, length);
        if (parts <= 1 || !taken.compareAndSet(false, true)) {
            work.run(0, length);
            return;
        }
        try {
            for (int p = 1; p < parts; p++) {
                helpers[p - 1].offer(work, (int) ((long) length * p / parts), (int) ((long) length * (p + 1) / parts));
            }
            work.run(0, length / parts);
            for (int p = 1; p < parts; p++) {
                helpers[p - 1].finish();
            }
        } finally {
            taken.set(false);
        }
    }

    /**
     * Starts {@code task} on a helper and returns at once. The caller must {@link Background#await} it, in a
     * finally block, before touching what the task writes; until then its own {@link #split} calls run in its
     * own thread. Runs the task right here when no helper is free.
     */
    Background inBackground(Runnable task) {
        if (helpers.length == 0 || !taken.compareAndSet(false, true)) {
            task.run();
            return new Background(null);
        }
        helpers[0].offer((from, to) -> task.run(), 0, 0);
        return new Background(helpers[0]);
    }

    /**
     * Starts {@code task} on a helper if one is free; null otherwise (then nothing runs). For tasks that must
     * run beside the caller, such as a producer the caller waits on.
     */
    public Background tryInBackground(Runnable task) {
        if (helpers.length == 0 || !taken.compareAndSet(false, true)) {
            return null;
        }
        helpers[0].offer((from, to) -> task.run(), 0, 0);
        return new Background(helpers[0]);
    }

    private static int configuredThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            int wanted = Integer.parseInt(System.getProperty(THREADS_PROPERTY, Integer.toString(cores)));
            return Math.max(1, Math.min(cores, wanted));
        } catch (NumberFormatException e) {
            return cores;
        }
    }

    /** One helper thread and the single piece of work it may hold. */
    private static final class Helper extends Thread {
        private static final int IDLE = 0;
        private static final int OFFERED = 1;
        private static final int RUNNING = 2;
        private static final int DONE = 3;

        private final AtomicInteger state = new AtomicInteger(IDLE);
        private Range work;
        private int from;
        private int to;
        private RuntimeException failure;

        Helper(String name) {
            super(name);
            setDaemon(true);
        }

        /** Offers a piece; the fields are published by the volatile write of the state. */
        void offer(Range piece, int pieceFrom, int pieceTo) {
            work = piece;
            from = pieceFrom;
            to = pieceTo;
            failure = null;
            state.set(OFFERED);
            LockSupport.unpark(this);
        }

        /** Returns once the offered piece is done, running it here if the helper has not taken it. */
        void finish() {
            if (state.compareAndSet(OFFERED, RUNNING)) {
                try {
                    work.run(from, to);
                } finally {
                    work = null;
                    state.set(IDLE);
                }
                return;
            }
            long spinUntil = System.nanoTime() + 20_000;
            while (state.get() != DONE) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            RuntimeException e = failure;
            work = null;
            state.set(IDLE);
            if (e != null) {
                throw e;
            }
        }

        @Override
        public void run() {
            long idleSince = System.nanoTime();
            while (true) {
                if (state.get() == OFFERED && state.compareAndSet(OFFERED, RUNNING)) {
                    try {
                        work.run(from, to);
                    } catch (RuntimeException e) {
                        failure = e;
                    } finally {
                        state.set(DONE);
                    }
                    idleSince = System.nanoTime();
                } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                    idleSince = System.nanoTime();
                }
            }
        }
    }
}
