"""Writes numpy's eigen- and singular values of large W0, for the spectrum solvers' tests.

    python3 scripts/make_spectrum_golden.py   # rewrites src/test/resources/org/rnngradientlab/golden/spectra.json

W0 is drawn as the app draws it (np.random.seed(seed); randn or rand of shape (H, H)); the values are
np.linalg.eigvals(W0) (LAPACK dgeev, values only) and np.linalg.svd(W0, compute_uv=False) (dgesdd).
The sizes are past those of make_golden.py, where blocked LAPACK code paths start.
"""
import json
import pathlib
import sys

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/org/rnngradientlab/golden"
CASES = [(256, 3, "randn"), (300, 11, "rand"), (512, 7, "randn")]


def main():
    cases = []
    for H, seed, init in CASES:
        np.random.seed(seed)
        W0 = np.random.randn(H, H) if init == "randn" else np.random.rand(H, H)
        eig = np.linalg.eigvals(W0)
        cases.append({
            "hidden": H, "seed": seed, "init": init,
            "eigenvalues": [[float(z.real), float(z.imag)] for z in eig],
            "spectralRadius": float(np.max(np.abs(eig))),
            "singularValues": [float(s) for s in np.linalg.svd(W0, compute_uv=False)],
        })
    meta = {"numpy": np.__version__, "python": sys.version.split()[0], "script": "scripts/make_spectrum_golden.py"}
    (OUT / "spectra.json").write_text(json.dumps({"generator": meta, "cases": cases}) + "\n")


if __name__ == "__main__":
    main()
