#!/usr/bin/env bash
# Installs what jpackage needs for this system's installer, if it is missing:
# Linux: fakeroot and dpkg-dev (dpkg-deb) for the .deb; Windows: WiX Toolset 3 for the .msi (with
# Chocolatey, as on GitHub's runners); macOS: nothing (hdiutil comes with the system).
set -euo pipefail
wix_version=3.14.1

case "$(uname -s)" in
  Linux)
    missing=()
    command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
    command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg-dev)
    if [[ ${#missing[@]} -gt 0 ]]; then
      sudo=""
      [[ $(id -u) -eq 0 ]] || sudo=sudo
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
    fi
    ;;
  MINGW* | MSYS* | CYGWIN*)
    if ! command -v candle.exe >/dev/null 2>&1; then
      choco install wixtoolset --version "$wix_version" -y --no-progress
      wix_bin="C:\\Program Files (x86)\\WiX Toolset v${wix_version%.*}\\bin"
      # For the later steps of a GitHub workflow; jpackage also finds WiX in its default folder.
      if [[ -n ${GITHUB_PATH:-} ]]; then echo "$wix_bin" >>"$GITHUB_PATH"; fi
    fi
    ;;
  Darwin) ;;
  *) echo "install_installer_tools.sh: no installer for $(uname -s)" >&2; exit 1 ;;
esac
echo "installer tools ready on $(uname -s)"
