"""Writes the numpy reference values of the LSTM experiment.

    python3 scripts/make_golden_lstm.py   # rewrites src/test/resources/org/rnngradientlab/golden/lstm.json

The LSTM runs on the same W0 and X as the RNN experiments (W0 becomes its g-block), with the other three
gates drawn after X, exactly the book's LSTM cell (Deep Learning from Scratch 2, common/time_layers.py,
gate order f, g, i, o). Its backward pass is linear in (dh, dc) once the forward pass is known, so the
log-space norms come from the same loop on a renormalised (dh, dc).
"""
import json
import pathlib
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_golden import OUT  # noqa: E402


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def lstm_forward(H, T, seed, scale, init, scale_mode, N, input_scale, forget_bias):
    """The book's LSTM forward on the RNN experiments' W0 and X: the g-block W0 * k, Wh and each step's cache
    (h_prev, c_prev, f, g, i, o, c_next)."""
    np.random.seed(seed)
    draw = np.random.randn if init == "randn" else np.random.rand
    W0 = draw(H, H)
    if scale_mode == "raw":
        k = scale
    elif scale_mode == "spectral":
        k = scale / np.max(np.abs(np.linalg.eigvals(W0)))
    else:  # gain
        k = scale / np.sqrt(H)
    X = np.random.randn(T, N, H) * input_scale
    Wfio = draw(H, 3 * H) * k
    Xfio = np.random.randn(T, N, 3 * H) * input_scale
    Wh = np.hstack((Wfio[:, :H], W0 * k, Wfio[:, H:2 * H], Wfio[:, 2 * H:]))
    Xa = np.concatenate((Xfio[:, :, :H], X, Xfio[:, :, H:2 * H], Xfio[:, :, 2 * H:]), axis=2)
    b = np.zeros(4 * H)
    b[:H] = forget_bias

    h = np.zeros((N, H))
    c = np.zeros((N, H))
    caches = []
    with np.errstate(all="ignore"):
        for t in range(T):
            A = h @ Wh + Xa[t] + b
            f = sigmoid(A[:, :H])
            g = np.tanh(A[:, H:2 * H])
            i = sigmoid(A[:, 2 * H:3 * H])
            o = sigmoid(A[:, 3 * H:])
            c_next = f * c + g * i
            h_next = o * np.tanh(c_next)
            caches.append((h, c, f, g, i, o, c_next))
            h, c = h_next, c_next
    return W0 * k, Wh, caches


def simulate(H, T, seed, scale, init, scale_mode, N, input_scale, max_norm, forget_bias):
    G, Wh, caches = lstm_forward(H, T, seed, scale, init, scale_mode, N, input_scale, forget_bias)

    def step(dh, dc, cache):
        h_prev, c_prev, f, g, i, o, c_next = cache
        tanh_c = np.tanh(c_next)
        ds = dc + (dh * o) * (1 - tanh_c ** 2)
        dc_prev = ds * f
        di = ds * g * i * (1 - i)
        df = ds * c_prev * f * (1 - f)
        do = dh * tanh_c * o * (1 - o)
        dg = ds * i * (1 - g ** 2)
        dA = np.hstack((df, dg, di, do))
        return dA @ Wh.T, dc_prev, dA

    norms, cell_norms, log10_norms, log10_cell_norms, mean_forget = [], [], [], [], []
    dh = np.ones((N, H))
    dc = np.zeros((N, H))
    dWh = np.zeros((H, 4 * H))
    uh, uc, log_scale = np.ones((N, H)), np.zeros((N, H)), 0.0
    with np.errstate(all="ignore"):
        for kk in range(1, T + 1):
            cache = caches[T - kk]
            dh, dc, dA = step(dh, dc, cache)
            dWh += cache[0].T @ dA
            n = np.sqrt(np.sum(dh ** 2)) / N
            cn = np.sqrt(np.sum(dc ** 2)) / N
            norms.append(float(n) if np.isfinite(n) else None)
            cell_norms.append(float(cn) if np.isfinite(cn) else None)
            mean_forget.append(float(np.mean(cache[2])))

            uh, uc, _ = step(uh, uc, cache)
            size = np.sqrt(np.sum(uh ** 2) + np.sum(uc ** 2))
            if size > 0:
                uh, uc, log_scale = uh / size, uc / size, log_scale + np.log10(size)
            sh, sc = np.sqrt(np.sum(uh ** 2)), np.sqrt(np.sum(uc ** 2))
            log10_norms.append(float(log_scale + np.log10(sh) - np.log10(N)) if sh > 0 else None)
            log10_cell_norms.append(float(log_scale + np.log10(sc) - np.log10(N)) if sc > 0 else None)
        total_norm = np.sqrt(np.sum(dWh ** 2))
        rate = max_norm / (total_norm + 1e-6)
    eig = np.linalg.eigvals(G)
    return {
        "params": {"hidden": H, "steps": T, "seed": seed, "scale": scale, "init": init, "scaleMode": scale_mode,
                   "mode": "lstm", "batch": N, "inputScale": input_scale, "maxNorm": max_norm,
                   "forgetBias": forget_bias},
        "norms": norms,
        "log10Norms": log10_norms,
        "cellNorms": cell_norms,
        "log10CellNorms": log10_cell_norms,
        "meanForgetGate": mean_forget,
        "gradWhNorm": float(total_norm) if np.isfinite(total_norm) else None,
        "clipRate": float(min(rate, 1.0)) if np.isfinite(total_norm) else None,
        "eigenvalues": [[float(z.real), float(z.imag)] for z in eig],
        "spectralRadius": float(np.max(np.abs(eig))),
        "singularValues": np.linalg.svd(G, compute_uv=False).tolist(),
    }


def cases():
    base = dict(H=3, T=20, seed=3, scale=1.0, init="randn", scale_mode="raw", N=2, input_scale=1.0,
                max_norm=5.0, forget_bias=0.0)
    yield "book-weights", base
    yield "forget-bias-3", {**base, "forget_bias": 3.0}
    yield "forget-bias-minus-2", {**base, "forget_bias": -2.0, "N": 1}
    yield "forget-bias-6", {**base, "H": 16, "T": 100, "forget_bias": 6.0, "N": 3}
    yield "scalar", {**base, "H": 1, "T": 50, "seed": 7, "scale": 1.5, "forget_bias": 1.0, "N": 1}
    yield "one-step", {**base, "H": 5, "T": 1, "seed": 6, "N": 1}
    yield "rand-init", {**base, "H": 8, "T": 60, "seed": 0, "init": "rand", "scale": 0.3, "forget_bias": 2.0}
    yield "spectral", {**base, "H": 32, "T": 80, "seed": 11, "scale_mode": "spectral", "scale": 0.9,
                       "forget_bias": 1.0, "N": 3}
    yield "big-H", {**base, "H": 64, "T": 100, "seed": 42, "scale": 0.2, "forget_bias": 3.0, "N": 2}
    yield "no-inputs", {**base, "H": 10, "T": 30, "seed": 1, "input_scale": 0.0, "forget_bias": 0.5}
    yield "large-inputs", {**base, "H": 16, "T": 60, "seed": 8, "input_scale": 4.0, "scale": 0.5, "N": 3}
    yield "strong-weights", {**base, "H": 24, "T": 12, "seed": 5, "scale": 3.0, "forget_bias": 4.0, "N": 2}
    yield "gain", {**base, "H": 20, "T": 50, "seed": 4, "scale_mode": "gain", "scale": 1.0, "forget_bias": 2.0}
    yield "clip", {**base, "H": 16, "T": 40, "seed": 9, "scale": 1.0, "max_norm": 0.5, "forget_bias": 2.0}


def write_golden(compute, file_name, script, what):
    """Runs compute(H, T, seed, scale, init, scale_mode, N, input_scale, max_norm, forget_bias) on every case and
    writes the results, named, to golden/file_name."""
    runs = []
    for name, c in cases():
        run = compute(c["H"], c["T"], c["seed"], c["scale"], c["init"], c["scale_mode"], c["N"],
                      c["input_scale"], c["max_norm"], c["forget_bias"])
        run["name"] = name
        runs.append(run)
    meta = {"numpy": np.__version__, "python": sys.version.split()[0], "script": script}
    (OUT / file_name).write_text(json.dumps({"generator": meta, "cases": runs}, indent=1) + "\n")
    print(f"wrote {len(runs)} {what} to {OUT / file_name}")


def main():
    write_golden(simulate, "lstm.json", "scripts/make_golden_lstm.py", "LSTM runs")


if __name__ == "__main__":
    main()
