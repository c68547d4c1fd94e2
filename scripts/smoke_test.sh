#!/usr/bin/env bash
# Smoke test of a built app, on any system:
#   scripts/smoke_test.sh COMMAND...    e.g. target/dist/rnn-gradient-lab/bin/rnn-gradient-lab
#                                       or   java -jar target/rnn-gradient-lab-1.0.0-linux.jar
# `simulate` must print the book's first norm (2.4684068094579303, seed 3, H 3, T 20, N 2), a lesson file
# (.rgl) must be read, and `export` must write a PNG. Prints one line per check; exits 1 on the first failure.
set -euo pipefail
if [[ $# -eq 0 ]]; then
  echo "usage: scripts/smoke_test.sh COMMAND..." >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The path as the app sees it (Windows programs want C:\..., Git Bash's are /tmp/...).
native() { if command -v cygpath >/dev/null 2>&1; then cygpath -w "$1"; else printf '%s\n' "$1"; fi; }
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

# The first norm of a CSV run (row 2, column 2), with Windows' line ends removed.
first_norm() { "$@" | tr -d '\r' | sed -n 2p | cut -d, -f2; }

norm=$(first_norm "$@" simulate --steps 1 --format csv) || fail "simulate exited with $?"
[[ $norm == 2.46840680945793* ]] || fail "simulate printed '$norm', not the book's first norm 2.4684068094579303"
echo "simulate: first norm $norm (the book's 2.4684068094579303)"

cat >"$work/lesson.rgl" <<'LESSON'
{
  "format" : "rnn-gradient-lab-lesson",
  "version" : 1,
  "params" : { "hidden" : 3, "steps" : 20, "seed" : 3, "scale" : 0.5, "init" : "randn", "scaleMode" : "raw",
               "mode" : "matmul", "batch" : 2, "inputScale" : 1.0, "maxNorm" : 5.0 },
  "pins" : [ ],
  "overlays" : { "asymptote" : true, "clipping" : false, "float64Limits" : true, "pins" : true },
  "language" : "en"
}
LESSON
norm=$(first_norm "$@" simulate --lesson "$(native "$work/lesson.rgl")" --steps 1 --format csv) \
  || fail "simulate --lesson exited with $?"
[[ $norm == 1.23420340472896* ]] || fail "the lesson at x0.5 gave '$norm', not the book's 1.2342034047289652"
echo "simulate --lesson lesson.rgl: first norm $norm (the book's 1.2342034047289652 at x0.5)"

"$@" export --out "$(native "$work/smoke.png")" --width 320 --height 180 --pixel-ratio 1 >/dev/null \
  || fail "export exited with $?"
[[ -s $work/smoke.png ]] || fail "export wrote no file"
magic=$(head -c 8 "$work/smoke.png" | od -An -tx1 | tr -d ' \n')
[[ $magic == 89504e470d0a1a0a ]] || fail "export wrote a file that is not a PNG (starts with $magic)"
echo "export: a PNG of $(wc -c <"$work/smoke.png" | tr -d ' ') bytes"
echo "smoke test passed: $*"
