"""Writes the numpy reference counts of the LSTM's forget gates.

    python3 scripts/make_golden_forget_gates.py   # rewrites .../golden/lstm_forget_gates.json

Every forget gate f = sigmoid(A_f) of the forward pass of scripts/make_golden_lstm.py (the same W0, X and
draws), T * N * H values, counted by np.histogram on 20 equal bins over [0, 1]. A file of its own, so that
lstm.json keeps its values.
"""
import pathlib
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_golden_lstm import lstm_forward, write_golden  # noqa: E402

BINS = 20


def forget_gates(H, T, seed, scale, init, scale_mode, N, input_scale, max_norm, forget_bias):
    _, _, caches = lstm_forward(H, T, seed, scale, init, scale_mode, N, input_scale, forget_bias)
    fs = [cache[2].ravel() for cache in caches]
    counts, _ = np.histogram(np.concatenate(fs), bins=BINS, range=(0.0, 1.0))
    return {
        "params": {"hidden": H, "steps": T, "seed": seed, "scale": scale, "init": init, "scaleMode": scale_mode,
                   "mode": "lstm", "batch": N, "inputScale": input_scale, "maxNorm": max_norm,
                   "forgetBias": forget_bias},
        "forgetGateCounts": counts.tolist(),
    }


def main():
    write_golden(forget_gates, "lstm_forget_gates.json", "scripts/make_golden_forget_gates.py", "forget-gate histograms")


if __name__ == "__main__":
    main()
