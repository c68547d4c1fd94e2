"""Writes the numpy reference counts of the LSTM's forget gates.

    python3 scripts/make_golden_forget_gates.py   # rewrites .../golden/lstm_forget_gates.json

Every forget gate f = sigmoid(A_f) of the forward pass of scripts/make_golden_lstm.py (the same W0, X and
draws), T * N * H values, counted by np.histogram on 20 equal bins over [0, 1]. A file of its own, so that
lstm.json keeps its values.
"""
import json
import pathlib
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_golden import OUT  # noqa: E402
from make_golden_lstm import cases, sigmoid  # noqa: E402

BINS = 20


def forget_gates(H, T, seed, scale, init, scale_mode, N, input_scale, max_norm, forget_bias):
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
    fs = []
    with np.errstate(all="ignore"):
        for t in range(T):
            A = h @ Wh + Xa[t] + b
            f = sigmoid(A[:, :H])
            g = np.tanh(A[:, H:2 * H])
            i = sigmoid(A[:, 2 * H:3 * H])
            o = sigmoid(A[:, 3 * H:])
            c = f * c + g * i
            h = o * np.tanh(c)
            fs.append(f.ravel())
    counts, _ = np.histogram(np.concatenate(fs), bins=BINS, range=(0.0, 1.0))
    return {
        "params": {"hidden": H, "steps": T, "seed": seed, "scale": scale, "init": init, "scaleMode": scale_mode,
                   "mode": "lstm", "batch": N, "inputScale": input_scale, "maxNorm": max_norm,
                   "forgetBias": forget_bias},
        "forgetGateCounts": counts.tolist(),
    }


def main():
    runs = []
    for name, c in cases():
        run = forget_gates(c["H"], c["T"], c["seed"], c["scale"], c["init"], c["scale_mode"], c["N"],
                           c["input_scale"], c["max_norm"], c["forget_bias"])
        run["name"] = name
        runs.append(run)
    meta = {"numpy": np.__version__, "python": sys.version.split()[0], "script": "scripts/make_golden_forget_gates.py"}
    (OUT / "lstm_forget_gates.json").write_text(json.dumps({"generator": meta, "cases": runs}, indent=1) + "\n")
    print(f"wrote {len(runs)} forget-gate histograms to {OUT / 'lstm_forget_gates.json'}")


if __name__ == "__main__":
    main()
