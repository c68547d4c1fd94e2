package org.rnngradientlab.core;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Helper threads for the dense loops, used two ways: {@link #split} divides one loop over the cores, and
 * {@link #inBackground} runs a task (adding a block of terms to dWh) on a helper while the caller goes on
 * along the critical path of the recurrence.
 *
 * <p>A backward pass calls its kernels tens of thousands of times, each taking 10 to 100 µs, so handing
 * work over must cost far less than that: the helpers spin for a moment after each piece of work (as
 * OpenBLAS's threads do) and only then park, where waking a parked thread would cost as much as the work.
 * Idle, they cost nothing.
 *
 * <p>One caller at a time has the helpers; anyone else, meanwhile, runs their work in their own thread.
 */
final class KernelThreads {

    /** A piece of work over the index range [from, to). */
    interface Range {
        void run(int from, int to);
    }

    /** A task handed to a helper by {@link #inBackground}; the helpers stay taken until it is awaited. */
    final class Background {
        private Helper helper;

        private Background(Helper helper) {
            this.helper = helper;
        }

        /** Waits for the task to finish, frees the helpers and rethrows what the task threw; idempotent. */
        void await() {
            if (helper != null) {
                try {
                    helper.awaitDone();
                } finally {
                    helper = null;
                    taken.set(false);
                }
            }
        }
    }

    private static final long SPIN_NANOS = 200_000;
    private static final KernelThreads SHARED = new KernelThreads(Runtime.getRuntime().availableProcessors());

    private final Helper[] helpers;
    private final AtomicBoolean taken = new AtomicBoolean();

    private KernelThreads(int cores) {
        helpers = new Helper[Math.max(0, cores - 1)];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Helper("rnn-lab-kernel-" + (i + 1));
            helpers[i].start();
        }
    }

    /** The helpers shared by the whole process: one per core besides the caller's. */
    static KernelThreads shared() {
        return SHARED;
    }

    /** Runs {@code work} over [0, length), split into one piece per core; returns when all are done. */
    void split(int length, Range work) {
        int parts = Math.min(helpers.length + 1, length);
        if (parts <= 1 || !taken.compareAndSet(false, true)) {
            work.run(0, length);
            return;
        }
        try {
            for (int p = 1; p < parts; p++) {
                helpers[p - 1].give(work, (int) ((long) length * p / parts), (int) ((long) length * (p + 1) / parts));
            }
            work.run(0, length / parts);
            for (int p = 1; p < parts; p++) {
                helpers[p - 1].awaitDone();
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
        helpers[0].give((from, to) -> task.run(), 0, 0);
        return new Background(helpers[0]);
    }

    private static final class Helper extends Thread {
        private volatile Range work;
        private volatile boolean done = true;
        private volatile RuntimeException failure;
        private int from;
        private int to;

        Helper(String name) {
            super(name);
            setDaemon(true);
        }

        void give(Range work, int from, int to) {
            this.from = from;
            this.to = to;
            done = false;
            this.work = work;
            LockSupport.unpark(this);
        }

        void awaitDone() {
            while (!done) {
                Thread.onSpinWait();
            }
            RuntimeException e = failure;
            if (e != null) {
                failure = null;
                throw e;
            }
        }

        @Override
        public void run() {
            long idleSince = System.nanoTime();
            while (true) {
                Range task = work;
                if (task != null) {
                    work = null;
                    try {
                        task.run(from, to);
                    } catch (RuntimeException e) {
                        failure = e;
                    } finally {
                        done = true;
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
