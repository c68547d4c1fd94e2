package org.rnngradientlab.core;

import java.util.concurrent.CancellationException;

/** Counts units of work against a total, reporting to a {@link Progress} about every half percent. */
final class StepCounter {

    private final Progress progress;
    private final double total;
    private final double reportEvery;
    private double done;
    private double nextReport;

    StepCounter(Progress progress, double total) {
        this.progress = progress;
        this.total = Math.max(total, 1);
        this.reportEvery = this.total / 200;
    }

    /** Adds {@code units} of finished work; throws {@link CancellationException} if the caller gave up. */
    void advance(double units) {
        if (progress.isCancelled()) {
            throw new CancellationException("superseded");
        }
        done += units;
        if (done >= nextReport) {
            nextReport = done + reportEvery;
            progress.report(Math.min(1.0, done / total));
        }
    }
}
