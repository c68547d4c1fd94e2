"""numpy's side of the benchmark: the same three measurements as `rnn-gradient-lab bench`.

    python3 scripts/bench_numpy.py --hidden 512 --steps 1000 --mode tanh --seconds 2

backprop: the specification loop (W0 and X drawn, forward pass, backward pass with dWh), as
scripts/make_golden.py runs it; spectrum: np.linalg.eigvals and svd(compute_uv=False) of W0;
rescale: what a new scale costs numpy, which has no shortcut: the matmul loop again.
Prints {"backprop": {"medianMs": ...}, ...} like the app.
"""
import argparse
import json
import statistics
import time

import numpy as np


def backprop(H, T, N, mode, scale=1.0, seed=3):
    np.random.seed(seed)
    Wh = scale * np.random.randn(H, H)
    X = np.random.randn(T, N, H)
    h = np.zeros((N, H))
    hs = [h]
    with np.errstate(all="ignore"):
        for t in range(T):
            a = h @ Wh + X[t]
            h = np.tanh(a) if mode == "tanh" else a
            hs.append(h)
        dh = np.ones((N, H))
        dWh = np.zeros((H, H))
        norms = []
        for k in range(1, T + 1):
            t = T - k + 1
            dt = dh * (1 - hs[t] ** 2) if mode == "tanh" else dh
            dWh += hs[t - 1].T @ dt
            dh = dt @ Wh.T
            norms.append(np.sqrt(np.sum(dh ** 2)) / N)
    return norms


def spectrum(H, seed=3):
    np.random.seed(seed)
    W0 = np.random.randn(H, H)
    return np.linalg.eigvals(W0), np.linalg.svd(W0, compute_uv=False)


def rescale(H, T, N, scale):
    # numpy has no shortcut: a new scale means the book's loop again
    np.random.seed(3)
    Wh = scale * np.random.randn(H, H)
    dh = np.ones((N, H))
    norms = []
    for _ in range(T):  # overflows past float64 for large scales, as the book's loop does
        dh = dh @ Wh.T
        norms.append(np.sqrt(np.sum(dh ** 2)) / N)
    return norms


def measure(task, seconds):
    warm_until = time.perf_counter() + seconds / 3
    runs = 0
    while runs < 2 or time.perf_counter() < warm_until:
        task()
        runs += 1
    times = []
    until = time.perf_counter() + seconds
    while len(times) < 5 or time.perf_counter() < until:
        start = time.perf_counter()
        task()
        times.append((time.perf_counter() - start) * 1e3)
    return {"medianMs": statistics.median(times), "runs": len(times)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hidden", type=int, default=3)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--batch", type=int, default=2)
    parser.add_argument("--mode", choices=["matmul", "tanh"], default="matmul")
    parser.add_argument("--seconds", type=float, default=2)
    parser.add_argument("--measure", default="backprop,spectrum,rescale")
    a = parser.parse_args()
    scales = iter([0.5, 0.9, 1.0, 1.1, 2.0] * 100000)
    tasks = {
        "backprop": lambda: backprop(a.hidden, a.steps, a.batch, a.mode),
        "spectrum": lambda: spectrum(a.hidden),
        "rescale": lambda: rescale(a.hidden, a.steps, a.batch, next(scales)),
    }
    with np.errstate(all="ignore"):
        result = {name: measure(tasks[name], a.seconds) for name in a.measure.split(",")}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
