#!/usr/bin/env bash
# Prints the platform this machine is, as the per-platform jars name it (JavaFX's classifiers):
# linux, linux-aarch64, win, mac or mac-aarch64.
set -euo pipefail
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) echo linux ;;
  Linux/aarch64 | Linux/arm64) echo linux-aarch64 ;;
  MINGW*/* | MSYS*/* | CYGWIN*/*) echo win ;;
  Darwin/x86_64) echo mac ;;
  Darwin/arm64) echo mac-aarch64 ;;
  *) echo "platform.sh: no per-platform jar for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac
