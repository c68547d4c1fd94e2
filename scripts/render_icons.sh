#!/usr/bin/env bash
# Renders the app icon (assets/icon/rnn-gradient-lab.svg) to the PNG sizes the window and installers use.
# Needs ImageMagick and icnsutils (apt-get install imagemagick icnsutils).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
for size in 16 32 48 64 128 256 512; do
  convert -background none -density 300 rnn-gradient-lab.svg -resize "${size}x${size}" -depth 8 \
    "PNG32:rnn-gradient-lab-${size}.png"
done

# The installers' icons: Linux PNG, Windows ICO, macOS ICNS (png2icns is in Debian's icnsutils).
cd ../..
cp assets/icon/rnn-gradient-lab-256.png packaging/linux/rnn-gradient-lab.png
convert assets/icon/rnn-gradient-lab-{16,32,48,64,128,256}.png packaging/windows/rnn-gradient-lab.ico
png2icns packaging/macos/rnn-gradient-lab.icns assets/icon/rnn-gradient-lab-{16,32,48,128,256,512}.png
