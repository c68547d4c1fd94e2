package org.rnngradientlab.io;

import java.io.IOException;
import java.io.Writer;
import org.rnngradientlab.core.BackpropRun;

/**
 * A run as CSV, one row per step: {@code k,norm,log10Norm,meanTanhPrime}, with a header. Numbers use '.'
 * whatever the locale; a non-finite value (a plain norm past float64, log10 of 0) is an empty field, which
 * pandas and numpy read as NaN.
 */
public final class RunCsv {

    /** The header line. */
    public static final String HEADER = "k,norm,log10Norm,meanTanhPrime";

    private RunCsv() {}

    /** Writes header and rows; does not close {@code out}. */
    public static void write(BackpropRun run, Writer out) throws IOException {
        double[] norms = run.norms().norms();
        double[] log10Norms = run.norms().log10Norms();
        double[] tanhPrime = run.meanTanhPrime();
        StringBuilder line = new StringBuilder(96);
        out.write(HEADER);
        out.write('\n');
        for (int i = 0; i < norms.length; i++) {
            line.setLength(0);
            line.append(i + 1).append(',');
            append(line, norms[i]).append(',');
            append(line, log10Norms[i]).append(',');
            append(line, tanhPrime[i]).append('\n');
            out.write(line.toString());
        }
        out.flush();
    }

    private static StringBuilder append(StringBuilder line, double value) {
        return Double.isFinite(value) ? line.append(value) : line;
    }
}
