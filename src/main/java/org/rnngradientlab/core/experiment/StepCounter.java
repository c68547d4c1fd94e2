package org.rnngradientlab.core.experiment;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** Counts units of work against a total, reporting the finished fraction about every half percent. */
public final class StepCounter {

    private final BooleanSupplier cancelled;
    private final DoubleConsumer report;
    private final double total;
    private final double reportEvery;
    private double done;
    private double nextReport;

    /**
     * @param cancelled asked once per unit; when it says yes, {@link #advance} throws
     * @param report called with the finished fraction, from 0 to 1
     * @param total the units of the whole computation (at least 1 is assumed)
     */
    public StepCounter(BooleanSupplier cancelled, DoubleConsumer report, double total) {
        this.cancelled = cancelled;
        this.report = report;
        this.total = Math.max(total, 1);
        this.reportEvery = this.total / 200;
    }

    /** Adds {@code units} of finished work; throws {@link CancellationException} if the caller gave up. */
    void advance(double units) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("superseded");
        }
        done += units;
        if (done >= nextReport) {
            nextReport = done + reportEvery;
            report.accept(Math.min(1.0, done / total));
        }
    }
}
