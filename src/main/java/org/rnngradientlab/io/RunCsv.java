package org.rnngradientlab.io;

import java.io.IOException;
import java.io.Writer;
import org.rnngradientlab.core.BackpropRun;

/**
 * A run as CSV, one row per step: {@code k,norm,log10Norm,meanTanhPrime} (and in LSTM mode
 * {@code cellNorm,log10CellNorm,meanForgetGate}), with a header. Numbers use '.'
 * whatever the locale; a non-finite value (a plain norm past float64, log10 of 0) is an empty field, which
 * pandas and numpy read as NaN.
 */
public final class RunCsv {

    /** The header line. */
    public static final String HEADER = "k,norm,log10Norm,meanTanhPrime";
    /** The columns LSTM mode adds. */
    public static final String CELL_COLUMNS = ",cellNorm,log10CellNorm,meanForgetGate";

    private RunCsv() {}

    /** Writes header and rows; does not close {@code out}. */
    public static void write(BackpropRun run, Writer out) throws IOException {
        double[] norms = run.norms().norms();
        double[] log10Norms = run.norms().log10Norms();
        double[] tanhPrime = run.meanTanhPrime();
        StringBuilder line = new StringBuilder(96);
        double[] cellNorms = run.cellPath().map(c -> c.norms().norms()).orElse(null);
        double[] log10CellNorms =
                run.cellPath().map(c -> c.norms().log10Norms()).orElse(null);
        double[] forget = run.cellPath().map(c -> c.meanForgetGate()).orElse(null);
        out.write(HEADER);
        out.write(cellNorms == null ? "\n" : CELL_COLUMNS + "\n");
        for (int i = 0; i < norms.length; i++) {
            line.setLength(0);
            line.append(i + 1).append(',');
            append(line, norms[i]).append(',');
            append(line, log10Norms[i]).append(',');
            append(line, tanhPrime[i]);
            if (cellNorms != null) {
                append(line.append(','), cellNorms[i]).append(',');
                append(line, log10CellNorms[i]).append(',');
                append(line, forget[i]);
            }
            line.append('\n');
            out.write(line.toString());
        }
        out.flush();
    }

    private static StringBuilder append(StringBuilder line, double value) {
        return Double.isFinite(value) ? line.append(value) : line;
    }
}
