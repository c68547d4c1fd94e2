"""Writes the numpy reference values of the measured edge: growth factors and scale sweeps.

    python3 scripts/make_golden_edge.py   # rewrites src/test/resources/org/rnngradientlab/golden/edge.json

The growth factor of a run is g = 10**s, s the least-squares slope of log10 ||dh_k|| against k over
k = T//4 + 1 ... T (np.polyfit), from the log-space norms of make_golden.simulate; 0 once a norm is exactly 0.
A sweep evaluates g at scales A + (B - A) * j / (P - 1) for seeds S ... S + K - 1, takes the geometric mean
over the seeds, and finds the first scale where it crosses 1, interpolated linearly in ln g.
"""
import json
import math
import pathlib
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_golden import OUT, simulate  # noqa: E402

BOOK = dict(H=3, T=20, seed=3, scale=1.0, init="randn", scale_mode="raw", mode="matmul", N=2,
            input_scale=1.0, max_norm=5.0)


def growth_factor(log10_norms):
    T = len(log10_norms)
    if T < 2:
        return None
    k = np.arange(T // 4 + 1, T + 1)
    tail = [log10_norms[i - 1] for i in k]
    if any(v is None for v in tail):
        return 0.0
    return float(10 ** np.polyfit(k, np.array(tail), 1)[0])


def run(c):
    return simulate(c["H"], c["T"], c["seed"], c["scale"], c["init"], c["scale_mode"], c["mode"], c["N"],
                    c["input_scale"], c["max_norm"])


def sweep(c, a, b, points, seeds):
    scales = [a + (b - a) * j / (points - 1) for j in range(points)]
    scales[-1] = b
    by_seed = [[growth_factor(run({**c, "seed": c["seed"] + s, "scale": x})["log10Norms"]) for x in scales]
               for s in range(seeds)]
    growth = [by_seed[0][j] if seeds == 1 else
              float(np.exp(np.mean([math.log(row[j]) if row[j] > 0 else -math.inf for row in by_seed])))
              for j in range(points)]
    critical = None
    for j in range(points - 1):
        la = math.log(growth[j]) if growth[j] > 0 else -math.inf
        lb = math.log(growth[j + 1]) if growth[j + 1] > 0 else -math.inf
        if la == 0:
            critical = scales[j]
            break
        if (la < 0) != (lb < 0) or lb == 0:
            if math.isinf(la):
                critical = scales[j + 1]
            elif math.isinf(lb):
                critical = scales[j]
            else:
                critical = scales[j] + (scales[j + 1] - scales[j]) * (-la) / (lb - la)
            break
    return {"scales": scales, "growth": growth, "growthBySeed": by_seed, "critical": critical}


def params(c):
    return {"hidden": c["H"], "steps": c["T"], "seed": c["seed"], "scale": c["scale"], "init": c["init"],
            "scaleMode": c["scale_mode"], "mode": c["mode"], "batch": c["N"], "inputScale": c["input_scale"],
            "maxNorm": c["max_norm"]}


def main():
    growth_cases = [
        ("book-exploding", BOOK),
        ("book-vanishing", {**BOOK, "scale": 0.5}),
        ("one-step", {**BOOK, "T": 1}),
        ("two-steps", {**BOOK, "T": 2, "seed": 9}),
        ("scale-zero", {**BOOK, "H": 4, "T": 10, "seed": 2, "scale": 0.0}),
        ("matmul-far-past-float64", {**BOOK, "H": 64, "T": 400, "seed": 3, "scale": 3.0}),
        ("spectral-edge", {**BOOK, "H": 64, "T": 250, "seed": 5, "scale_mode": "spectral"}),
        ("tanh-vanishing", {**BOOK, "H": 16, "T": 200, "seed": 3, "mode": "tanh", "scale": 0.3}),
        ("tanh-saturation", {**BOOK, "H": 16, "T": 60, "seed": 8, "mode": "tanh", "input_scale": 4.0,
                             "scale": 0.25, "N": 3}),
    ]
    growth = [{"name": n, "params": params(c), "growthFactor": growth_factor(run(c)["log10Norms"])}
              for n, c in growth_cases]
    sweep_cases = [
        ("matmul-book", BOOK, 0.1, 3.0, 30, 1),
        ("matmul-rand-spectral", {**BOOK, "H": 32, "T": 120, "seed": 11, "init": "rand", "scale_mode": "spectral"},
         0.5, 1.5, 21, 1),
        ("matmul-seeds", {**BOOK, "H": 8, "T": 60, "seed": 20}, 0.05, 1.0, 20, 4),
        ("tanh-H16", {**BOOK, "H": 16, "T": 200, "seed": 3, "mode": "tanh"}, 0.1, 1.5, 57, 1),
        ("tanh-H64", {**BOOK, "H": 64, "T": 200, "seed": 3, "mode": "tanh"}, 0.05, 0.6, 56, 1),
        ("tanh-H16-seeds", {**BOOK, "H": 16, "T": 200, "seed": 3, "mode": "tanh"}, 0.1, 1.5, 29, 8),
    ]
    sweeps = []
    for n, c, a, b, p, k in sweep_cases:
        sweeps.append({"name": n, "params": params(c), "from": a, "to": b, "points": p, "seeds": k,
                       **sweep(c, a, b, p, k)})
    meta = {"numpy": np.__version__, "python": sys.version.split()[0], "script": "scripts/make_golden_edge.py"}
    (OUT / "edge.json").write_text(json.dumps({"generator": meta, "growth": growth, "sweeps": sweeps},
                                              indent=1) + "\n")
    print(f"wrote {len(growth)} growth factors and {len(sweeps)} sweeps to {OUT / 'edge.json'}")


if __name__ == "__main__":
    main()
