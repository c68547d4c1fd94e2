#!/usr/bin/env bash
# Gathers this system's release files into OUT with a SHA-256 checksum beside each (FILE.sha256, in the
# format of `sha256sum -c`): the per-platform jar and the installer (and on Linux the app image as .tar.gz).
#   scripts/collect_release.sh PLATFORM OUT      (PLATFORM as scripts/platform.sh prints it)
set -euo pipefail
platform=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
version=$("$here/project_version.sh")
mkdir -p "$out"

cp "target/rnn-gradient-lab-$version-$platform.jar" "$out/"
case $platform in
  linux | linux-aarch64)
    cp target/dist/*.deb "$out/"
    arch=$([[ $platform == linux ]] && echo x64 || echo arm64)
    tar -czf "$out/rnn-gradient-lab-$version-linux-$arch.tar.gz" -C target/dist rnn-gradient-lab
    ;;
  win) cp target/dist/*.msi "$out/rnn-gradient-lab-$version-windows-x64.msi" ;;
  mac) cp target/dist/*.dmg "$out/rnn-gradient-lab-$version-macos-x64.dmg" ;;
  mac-aarch64) cp target/dist/*.dmg "$out/rnn-gradient-lab-$version-macos-arm64.dmg" ;;
  *) echo "collect_release.sh: unknown platform $platform" >&2; exit 2 ;;
esac

cd "$out"
for file in *; do
  [[ $file == *.sha256 ]] && continue
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$file"; else shasum -a 256 "$file"; fi >"$file.sha256"
done
ls -l
