package org.rnngradientlab.core.linalg;

import java.util.Arrays;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * EJML's general eigen-solver (Hessenberg reduction, then implicit double-shift QR) and its SVD
 * (bidiagonalisation, then implicit QR), in plain Java: the solver wherever the native library cannot
 * load. Correct to about 1e-13 against LAPACK, but 1.5 to 8 times slower (docs/BENCHMARKS.md).
 */
final class EjmlSpectrum implements SpectrumSolver {

    @Override
    public void eigenvalues(int n, double[] a, double[] re, double[] im) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false);
        if (!eig.decompose(new DMatrixRMaj(n, n, true, a))) {
            throw new ArithmeticException("EJML's eigenvalue solver did not converge for a " + n + "×" + n + " matrix");
        }
        for (int i = 0; i < n; i++) {
            Complex_F64 value = eig.getEigenvalue(i);
            re[i] = value.real;
            im[i] = value.imaginary;
        }
    }

    @Override
    public double[] singularValues(int n, double[] a) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, n, false, false, true);
        if (!svd.decompose(new DMatrixRMaj(n, n, true, a))) {
            throw new ArithmeticException(
                    "EJML's singular value solver did not converge for a " + n + "×" + n + " matrix");
        }
        double[] values = Arrays.copyOf(svd.getSingularValues(), svd.numberOfSingularValues());
        Arrays.sort(values);
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    @Override
    public String description() {
        return "EJML (Java)";
    }
}
