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
SPECTRUM_TITLE = "## Spectrum: eigen- and singular values of W0"
# Written by hand from a one-off comparison of solvers; every run of this script keeps it as it is.
SOLVERS_TITLE = "## Choosing the spectrum's solver"


def java_bench(args, seconds, jvm=()):
    cmd = ["java", *jvm, "-jar", str(JAR), "bench", "--format", "json", "--seconds", str(seconds)] + args
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def numpy_bench(args, seconds, threads=None):
    cmd = [sys.executable, str(ROOT / "scripts" / "bench_numpy.py"), "--seconds", str(seconds)] + args
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads)) if threads else None
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout)


def compare(what, hidden, steps, mode, seconds, repeats):
    args = ["--hidden", str(hidden), "--steps", str(steps), "--mode", mode, "--measure", what]
    java, numpy = [], []
    for _ in range(repeats):
        java.append(java_bench(args, seconds)[what]["medianMs"])
        numpy.append(numpy_bench(args, seconds)[what]["medianMs"])
    return statistics.median(java), statistics.median(numpy)


def spectrum_rows(seconds, repeats):
    """The app's spectrum (native LAPACK, and the EJML fallback) against numpy's, with all cores and one."""
    rows, solver = [], "?"
    for hidden in (16, 64, 128, 256, 512, 1024):
        args = ["--hidden", str(hidden), "--measure", "spectrum"]
        native, fallback, numpy, numpy1 = [], [], [], []
        for i in range(repeats):
            result = java_bench(args, seconds)["spectrum"]
            native.append(result["medianMs"])
            solver = result.get("solver", solver)
            numpy.append(numpy_bench(args, seconds)["spectrum"]["medianMs"])
            numpy1.append(numpy_bench(args, seconds, threads=1)["spectrum"]["medianMs"])
            if i == 0 or hidden < 512:  # EJML takes 10 s a run at H 1024: once is enough there
                fallback.append(java_bench(args, seconds, ["-Drnngradientlab.spectrum=java"])["spectrum"]["medianMs"])
        native, fallback = statistics.median(native), statistics.median(fallback)
        numpy, numpy1 = statistics.median(numpy), statistics.median(numpy1)
        rows.append(f"| {hidden} | {native:.3f} | {numpy:.3f} | {numpy / native:.2f}× | {numpy1:.3f} "
                    f"| {numpy1 / native:.2f}× | {fallback:.3f} | {numpy / fallback:.2f}× |")
        print(rows[-1], flush=True)
    return rows, solver


def spectrum_section(seconds, repeats):
    load_before = os.getloadavg()[0]
    rows, solver = spectrum_rows(seconds, repeats)
    load_after = os.getloadavg()[0]
    return [
        SPECTRUM_TITLE,
        "",
        f"The app's `bench` spectrum ({solver}; and EJML, the pure-Java fallback, with",
        "`-Drnngradientlab.spectrum=java`) against `np.linalg.eigvals` + `svd(compute_uv=False)`, numpy with",
        "all cores (its default) and with one (`OPENBLAS_NUM_THREADS=1`). Speed-up = numpy time / app time.",
        "The app computes the spectrum once per W0 (every scale reuses it), always off the UI thread; it finds",
        "the singular values on a second core while it finds the eigenvalues.",
        f"Load average (1 min) {load_before:.1f} before these rows and {load_after:.1f} after, on "
        f"{os.cpu_count()} cores.",
        "",
        "| H | app ms | numpy ms | speed-up | numpy 1-thread ms | speed-up | EJML ms | EJML speed-up |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
    ]


def kept_section(title):
    """A section of the current BENCHMARKS.md that no measurement here rewrites, or nothing."""
    if not OUT.exists() or title not in OUT.read_text():
        return []
    kept = OUT.read_text().split(title, 1)[1].split("\n## ", 1)[0]
    return [title + kept.rstrip("\n"), ""]


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
    parser.add_argument("--only-spectrum", action="store_true",
                        help="rewrite only the spectrum section (~15 min), keeping the rest of the file")
    a = parser.parse_args()
    if not JAR.exists():
        sys.exit("build the jar first: ./mvnw -q -DskipTests package")
    if a.only_spectrum:
        text = OUT.read_text()
        head, rest = text.split(SPECTRUM_TITLE, 1)
        tail = "## " + rest.split("\n## ", 1)[1]
        OUT.write_text(head + "\n".join(spectrum_section(a.seconds, a.repeats)) + "\n" + tail)
        print(f"wrote the spectrum section of {OUT}")
        return

    backprop = []
    for mode in ("matmul", "tanh"):
        for hidden in (3, 16, 64, 128, 256, 512):
            for steps in (100, 1000):
                java, numpy = compare("backprop", hidden, steps, mode, a.seconds, a.repeats)
                backprop.append(f"| {mode} | {hidden} | {steps} | {java:.3f} | {numpy:.3f} | {ratio(java, numpy)} |")
                print(backprop[-1], flush=True)
    spectrum = spectrum_section(a.seconds, a.repeats)
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
        *spectrum,
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
    text += kept_section(SOLVERS_TITLE)
    OUT.write_text("\n".join(text))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
