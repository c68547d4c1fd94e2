"""Writes the numpy reference values the Java tests compare against.

    python3 scripts/make_golden.py   # rewrites src/test/resources/org/rnngradientlab/golden/*

Each case runs the simulator's specification loop in plain numpy, exactly as README.md and issue #2 state
it (the loop of Deep Learning from Scratch 2, ch06/rnn_gradient_graph.py, extended with inputs, tanh and
dWh), and an independent log-space version of the same loop for norms beyond float64's range.
"""
import hashlib
import json
import pathlib
import sys

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/org/rnngradientlab/golden"
HIST_LOW, HIST_HIGH, HIST_BINS = -4.0, 4.0, 64


def simulate(H, T, seed, scale, init, scale_mode, mode, N, input_scale, max_norm):
    np.random.seed(seed)
    W0 = np.random.randn(H, H) if init == "randn" else np.random.rand(H, H)
    if scale_mode == "raw":
        Wh = scale * W0
    elif scale_mode == "gain":
        Wh = scale * W0 / np.sqrt(H)
    else:
        Wh = scale * W0 / np.max(np.abs(np.linalg.eigvals(W0)))
    X = np.random.randn(T, N, H) * input_scale

    h = np.zeros((N, H))
    hs = [h]
    pre = []
    with np.errstate(all="ignore"):  # the forward pass of an exploding matmul run overflows too
        for t in range(T):
            a = h @ Wh + X[t]
            h = np.tanh(a) if mode == "tanh" else a
            hs.append(h)
            pre.append(a)

    norms, log10_norms, mean_tanh_prime = [], [], []
    overflow_step = underflow_step = None
    dh = np.ones((N, H))
    dWh = np.zeros((H, H))
    # log space: dh = unit * 10**log_scale, renormalised every step
    unit, log_scale = np.ones((N, H)), 0.0
    with np.errstate(all="ignore"):
        for k in range(1, T + 1):
            t = T - k + 1
            tanh_prime = 1 - hs[t] ** 2 if mode == "tanh" else np.ones((N, H))
            dt = dh * tanh_prime
            dWh += hs[t - 1].T @ dt
            dh = dt @ Wh.T
            norm = np.sqrt(np.sum(dh ** 2)) / N
            norms.append(float(norm) if np.isfinite(norm) else None)

            unit = (unit * tanh_prime) @ Wh.T
            size = np.sqrt(np.sum(unit ** 2))
            if size > 0:
                unit, log_scale = unit / size, log_scale + np.log10(size)
                log10_norms.append(log_scale - np.log10(N))
            else:
                log10_norms.append(None)
            mean_tanh_prime.append(float(np.mean(tanh_prime)))
            if overflow_step is None and not np.all(np.isfinite(dh)):
                overflow_step = k
            if underflow_step is None and size > 0 and np.all(dh == 0):
                underflow_step = k

        total_norm = np.sqrt(np.sum(dWh ** 2))
        rate = max_norm / (total_norm + 1e-6)
    eig = np.linalg.eigvals(Wh)
    singular = np.linalg.svd(Wh, compute_uv=False)
    case = {
        "params": {
            "hidden": H, "steps": T, "seed": seed, "scale": scale, "init": init, "scaleMode": scale_mode,
            "mode": mode, "batch": N, "inputScale": input_scale, "maxNorm": max_norm,
        },
        "w0FirstRow": W0[0, :3].tolist(),
        "norms": norms,
        "log10Norms": log10_norms,
        "overflowStep": overflow_step,
        "underflowStep": underflow_step,
        "eigenvalues": [[float(z.real), float(z.imag)] for z in eig],
        "spectralRadius": float(np.max(np.abs(eig))),
        "singularValues": singular.tolist(),
        "gradWhNorm": float(total_norm) if np.isfinite(total_norm) else None,
        "clipRate": float(min(rate, 1.0)) if np.isfinite(total_norm) else None,
        "meanTanhPrime": mean_tanh_prime,
    }
    if mode == "tanh":
        counts, _ = np.histogram(np.concatenate([p.ravel() for p in pre]), bins=HIST_BINS,
                                 range=(HIST_LOW, HIST_HIGH))
        everything = np.concatenate([p.ravel() for p in pre])
        case["preActivationCounts"] = counts.tolist()
        case["preActivationBelow"] = int(np.sum(everything < HIST_LOW))
        case["preActivationAbove"] = int(np.sum(everything >= HIST_HIGH))
    return case


def cases():
    book = dict(H=3, T=20, seed=3, scale=1.0, init="randn", scale_mode="raw", mode="matmul", N=2,
                input_scale=1.0, max_norm=5.0)
    yield "book-exploding", book
    yield "book-vanishing", {**book, "scale": 0.5}
    yield "book-tanh", {**book, "mode": "tanh"}
    yield "scalar-H1", {**book, "H": 1, "T": 60, "seed": 0, "scale": 0.9}
    yield "scalar-H1-tanh", {**book, "H": 1, "T": 60, "seed": 7, "scale": 1.7, "mode": "tanh"}
    yield "seed-max", {**book, "H": 16, "T": 100, "seed": 4294967295, "scale": 0.3, "N": 5}
    yield "seed-zero-rand", {**book, "H": 8, "T": 50, "seed": 0, "init": "rand", "scale": 0.2}
    yield "rand-spectral", {**book, "H": 32, "T": 120, "seed": 11, "init": "rand", "scale_mode": "spectral",
                            "scale": 0.97}
    yield "spectral-edge", {**book, "H": 64, "T": 250, "seed": 5, "scale_mode": "spectral", "scale": 1.0}
    yield "spectral-tanh", {**book, "H": 48, "T": 80, "seed": 21, "scale_mode": "spectral", "scale": 0.9,
                            "mode": "tanh", "N": 4}
    yield "tanh-saturation", {**book, "H": 16, "T": 60, "seed": 8, "mode": "tanh", "input_scale": 4.0,
                              "scale": 0.25, "N": 3}
    yield "tanh-small-inputs", {**book, "H": 128, "T": 40, "seed": 9, "mode": "tanh", "input_scale": 0.1,
                                "scale": 0.05, "N": 2}
    yield "tanh-rand", {**book, "H": 24, "T": 100, "seed": 13, "mode": "tanh", "init": "rand", "scale": 0.08,
                        "N": 6}
    yield "no-inputs", {**book, "H": 10, "T": 30, "seed": 1, "input_scale": 0.0, "scale": 0.7}
    yield "no-inputs-tanh", {**book, "H": 10, "T": 30, "seed": 1, "input_scale": 0.0, "mode": "tanh"}
    yield "scale-zero", {**book, "H": 4, "T": 10, "seed": 2, "scale": 0.0}
    yield "one-step", {**book, "H": 5, "T": 1, "seed": 6, "N": 1}
    yield "batch-64", {**book, "H": 12, "T": 70, "seed": 17, "N": 64, "scale": 0.28}
    yield "overflow", {**book, "H": 64, "T": 250, "seed": 3, "scale": 3.0}
    yield "underflow", {**book, "H": 16, "T": 250, "seed": 4, "scale": 0.01, "input_scale": 0.5}
    yield "big-H-vanishing", {**book, "H": 128, "T": 200, "seed": 42, "scale": 0.08}
    yield "big-H-exploding-clip", {**book, "H": 128, "T": 30, "seed": 42, "scale": 0.2, "max_norm": 0.5}
    yield "gain-edge", {**book, "H": 64, "T": 200, "seed": 3, "scale_mode": "gain", "scale": 1.0}
    yield "gain-tanh", {**book, "H": 32, "T": 80, "seed": 12, "scale_mode": "gain", "scale": 0.8, "mode": "tanh", "N": 3}


def randn_digest(seed, count):
    np.random.seed(seed)
    return hashlib.sha256(np.random.randn(count).astype("<f8").tobytes()).hexdigest()


def rand_digest(seed, count):
    np.random.seed(seed)
    return hashlib.sha256(np.random.rand(count).astype("<f8").tobytes()).hexdigest()


def glibc_log_digest(seed, count):
    """log() of libm (what numpy's legacy randn calls) over inputs drawn with np.random.rand."""
    import ctypes
    import math
    libm = ctypes.CDLL("libm.so.6")
    libm.log.restype, libm.log.argtypes = ctypes.c_double, [ctypes.c_double]
    np.random.seed(seed)
    u = np.random.rand(3 * count).tolist()
    out = []
    for i in range(count):
        a, b, c = u[3 * i:3 * i + 3]
        for x in (0.9 + 0.2 * a, math.ldexp(1 + b, math.floor(c * 2100) - 1080), a):
            out.append(libm.log(x))
    return hashlib.sha256(np.array(out, dtype="<f8").tobytes()).hexdigest()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    runs = []
    for name, c in cases():
        run = simulate(c["H"], c["T"], c["seed"], c["scale"], c["init"], c["scale_mode"], c["mode"], c["N"],
                       c["input_scale"], c["max_norm"])
        run["name"] = name
        runs.append(run)
    meta = {"numpy": np.__version__, "python": sys.version.split()[0], "script": "scripts/make_golden.py"}
    (OUT / "simulations.json").write_text(json.dumps({"generator": meta, "cases": runs}, indent=1) + "\n")

    draws = 1_000_000
    streams = [{"seed": s, "count": draws, "randn": randn_digest(s, draws), "rand": rand_digest(s, draws)}
               for s in (0, 3, 12345, 4294967295)]
    np.random.seed(3)
    first = np.random.randn(8).tolist()
    glibc_log = {"seed": 7, "count": 200_000, "digest": glibc_log_digest(7, 200_000)}
    (OUT / "random.json").write_text(json.dumps(
        {"generator": meta, "seed3FirstRandn": first, "streams": streams, "glibcLog": glibc_log}, indent=1) + "\n")
    print(f"wrote {len(runs)} simulations and {len(streams)} random streams to {OUT}")


if __name__ == "__main__":
    main()
