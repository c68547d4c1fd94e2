"""Runs the app's `bench` and numpy's side by side and writes docs/BENCHMARKS.md.

    ./mvnw -q -DskipTests package && python3 scripts/benchmarks.py [--seconds 1] [--repeats 3]

Each measurement alternates the two sides `--repeats` times in this one run and reports the median of
their medians, so that both meet the same machine state. Takes about ten minutes.
"""
import argparse
import datetime
import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "rnn-gradient-lab.jar"
OUT = ROOT / "docs" / "BENCHMARKS.md"


def java_bench(args, seconds):
    cmd = ["java", "-jar", str(JAR), "bench", "--format", "json", "--seconds", str(seconds)] + args
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def numpy_bench(args, seconds):
    cmd = [sys.executable, str(ROOT / "scripts" / "bench_numpy.py"), "--seconds", str(seconds)] + args
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def compare(what, hidden, steps, mode, seconds, repeats):
    args = ["--hidden", str(hidden), "--steps", str(steps), "--mode", mode, "--measure", what]
    java, numpy = [], []
    for _ in range(repeats):
        java.append(java_bench(args, seconds)[what]["medianMs"])
        numpy.append(numpy_bench(args, seconds)[what]["medianMs"])
    return statistics.median(java), statistics.median(numpy)


def largest(mode):
    """Wall time and peak memory of the largest run the app allows, as one process from the shell."""
    import resource
    import time
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    cmd = ["java", "-jar", str(JAR), "simulate", "--hidden", "1024", "--steps", "10000", "--batch", "64",
           "--mode", mode, "--format", "csv"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def machine():
    cpu = "unknown"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return [
        f"- CPU: {cpu}, {os.cpu_count()} cores, {memory:.0f} GiB",
        f"- OS: {platform.platform()}",
        f"- Java: {java}",
        f"- numpy {np.__version__} with {blas.get('name')} {blas.get('version')}, Python {platform.python_version()}",
    ]


def ratio(java, numpy):
    return f"{numpy / java:.2f}×"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-largest", action="store_true",
                        help="do not run the largest runs (~7 min); keep their rows from the last run")
    a = parser.parse_args()
    if not JAR.exists():
        sys.exit("build the jar first: ./mvnw -q -DskipTests package")

    backprop = []
    for mode in ("matmul", "tanh"):
        for hidden in (3, 16, 64, 128, 256, 512):
            for steps in (100, 1000):
                java, numpy = compare("backprop", hidden, steps, mode, a.seconds, a.repeats)
                backprop.append(f"| {mode} | {hidden} | {steps} | {java:.3f} | {numpy:.3f} | {ratio(java, numpy)} |")
                print(backprop[-1], flush=True)
    spectrum = []
    for hidden in (16, 64, 128, 256, 512, 1024):
        java, numpy = compare("spectrum", hidden, 20, "matmul", a.seconds, 1 if hidden >= 512 else a.repeats)
        spectrum.append(f"| {hidden} | {java:.3f} | {numpy:.3f} | {java / numpy:.1f}× slower |")
        print(spectrum[-1], flush=True)
    rescale = []
    for hidden, steps in ((3, 20), (64, 1000), (512, 1000), (64, 10000), (1024, 10000)):
        java, numpy = compare("rescale", hidden, steps, "matmul", a.seconds, a.repeats)
        rescale.append(f"| {hidden} | {steps} | {java:.3f} | {numpy:.3f} |")
        print(rescale[-1], flush=True)

    largest_rows = []
    if a.skip_largest and OUT.exists() and "## The largest runs" in OUT.read_text():
        kept = OUT.read_text().split("## The largest runs", 1)[1]
        largest_rows = [line for line in kept.splitlines() if line.startswith("| matmul") or line.startswith("| tanh")]
    if not a.skip_largest:
        for mode in ("matmul", "tanh"):
            seconds, megabytes = largest(mode)
            largest_rows.append(f"| {mode} | {seconds:.1f} s | {megabytes:.0f} MB |")
            print(largest_rows[-1], flush=True)

    text = [
        "# Benchmarks",
        "",
        "Written by `scripts/benchmarks.py` on " + datetime.date.today().isoformat()
        + f"; every row alternates the app's `bench` and `scripts/bench_numpy.py` {a.repeats} times in the same",
        "run and shows the median of their medians (milliseconds, wall clock, after warm-up). Batch N = 2.",
        "",
        "## Machine",
        "",
        *machine(),
        "",
        "## Backprop: one whole run of the loop",
        "",
        "W0 and X drawn, forward pass, backward pass with dWh; nothing kept from earlier runs. numpy runs the",
        "specification loop of `scripts/make_golden.py`. Speed-up = numpy time / app time.",
        "",
        "| mode | H | T | app ms | numpy ms | speed-up |",
        "|---|---:|---:|---:|---:|---:|",
        *backprop,
        "",
        "## Spectrum: eigen- and singular values of W0",
        "",
        "EJML's general eigen-solver and SVD against LAPACK (`np.linalg.eigvals`, `svd(compute_uv=False)`).",
        "The app computes it once per W0 (every scale reuses it), always off the UI thread; the window shows",
        "the norm chart first and the eigenvalues when they arrive.",
        "",
        "| H | app ms | numpy ms | app vs numpy |",
        "|---:|---:|---:|---:|",
        *spectrum,
        "",
        "## Rescale: a scale-only change in matmul mode",
        "",
        "The app multiplies the cached norms by c^k and the cached spectrum by c: O(T + H), no matrix work.",
        "numpy has no such shortcut; its column is the book's matmul loop at the new scale.",
        "",
        "| H | T | app ms | numpy ms |",
        "|---:|---:|---:|---:|",
        *rescale,
        "",
    ]
    if largest_rows:
        text += [
            "## The largest runs: H 1024, T 10000, N 64",
            "",
            "`simulate` with the spectrum and dWh, all cores, as one process (peak resident memory of the JVM;",
            "storing every hᵗ would take 5.2 GB). The window uses one core less, so it takes about twice as",
            "long there; it shows progress, and any change cancels it.",
            "",
            "| mode | wall time | peak memory |",
            "|---|---:|---:|",
            *largest_rows,
            "",
        ]
    OUT.write_text("\n".join(text))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
