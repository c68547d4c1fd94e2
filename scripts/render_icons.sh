#!/usr/bin/env bash
# Renders the app icon (assets/icon/rnn-gradient-lab.svg) to the PNG sizes the window and installers use.
# Needs ImageMagick (apt-get install imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
for size in 16 32 48 64 128 256 512; do
  convert -background none -density 300 rnn-gradient-lab.svg -resize "${size}x${size}" -depth 8 \
    "PNG32:rnn-gradient-lab-${size}.png"
done
