package org.rnngradientlab.core;

import java.util.Arrays;
import org.rnngradientlab.core.random.LegacyRandomState;

/**
 * The specification loop written out literally, in plain float64 with N×H arrays and triple loops: an
 * independent reference for the simulator's property tests. Slow, and breaks where float64 breaks, as
 * numpy does.
 */
final class ReferenceLoop {

    final double[] plainNorms;
    final double[] log10Norms;
    final double gradWhNorm;

    ReferenceLoop(SimulationParams p) {
        int n = p.batch();
        int h = p.hidden();
        int steps = p.steps();
        LegacyRandomState random = new LegacyRandomState(p.seed());
        double[][] w0 = new double[h][h];
        for (double[] row : w0) {
            for (int j = 0; j < h; j++) {
                row[j] = p.init() == WeightInit.RANDN ? random.standardNormal() : random.randomSample();
            }
        }
        double divisor =
                switch (p.scaleMode()) {
                    case RAW -> 1.0;
                    case GAIN -> Math.sqrt(h); // scale * W0 / np.sqrt(H)
                    case SPECTRAL -> RecurrentWeights.draw(p).spectralRadius();
                };
        double[][] wh = new double[h][h];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                wh[i][j] = p.scale() * w0[i][j] / divisor;
            }
        }
        double[][][] hs = new double[steps + 1][n][h];
        for (int t = 0; t < steps; t++) {
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < h; j++) {
                    double x = random.standardNormal() * p.inputScale();
                    double a = 0;
                    for (int i = 0; i < h; i++) {
                        a += hs[t][r][i] * wh[i][j];
                    }
                    a += x;
                    hs[t + 1][r][j] = p.mode() == BackpropMode.TANH ? Math.tanh(a) : a;
                }
            }
        }
        plainNorms = new double[steps];
        log10Norms = new double[steps];
        double[][] dh = ones(n, h);
        double[][] unit = ones(n, h);
        double logScale = 0;
        double[][] dWh = new double[h][h];
        for (int k = 1; k <= steps; k++) {
            int t = steps - k + 1;
            double[][] dt = new double[n][h];
            double[][] unitDt = new double[n][h];
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < h; j++) {
                    double factor = p.mode() == BackpropMode.TANH ? 1 - hs[t][r][j] * hs[t][r][j] : 1;
                    dt[r][j] = dh[r][j] * factor;
                    unitDt[r][j] = unit[r][j] * factor;
                }
            }
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < h; j++) {
                    for (int r = 0; r < n; r++) {
                        dWh[i][j] += hs[t - 1][r][i] * dt[r][j];
                    }
                }
            }
            dh = timesTranspose(dt, wh);
            unit = timesTranspose(unitDt, wh);
            plainNorms[k - 1] = Math.sqrt(sumOfSquares(dh)) / n;
            double size = Math.sqrt(sumOfSquares(unit));
            if (size > 0) {
                for (double[] row : unit) {
                    for (int j = 0; j < h; j++) {
                        row[j] /= size;
                    }
                }
                logScale += Math.log10(size);
                log10Norms[k - 1] = logScale - Math.log10(n);
            } else {
                log10Norms[k - 1] = Double.NEGATIVE_INFINITY;
            }
        }
        gradWhNorm = Math.sqrt(sumOfSquares(dWh));
    }

    private static double[][] ones(int n, int h) {
        double[][] m = new double[n][h];
        for (double[] row : m) {
            Arrays.fill(row, 1.0);
        }
        return m;
    }

    private static double[][] timesTranspose(double[][] a, double[][] w) {
        int n = a.length;
        int h = w.length;
        double[][] out = new double[n][h];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < h; j++) {
                double sum = 0;
                for (int i = 0; i < h; i++) {
                    sum += a[r][i] * w[j][i];
                }
                out[r][j] = sum;
            }
        }
        return out;
    }

    private static double sumOfSquares(double[][] m) {
        double sum = 0;
        for (double[] row : m) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return sum;
    }
}
