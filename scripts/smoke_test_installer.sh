#!/usr/bin/env bash
# Smoke test of this system's installer in DIST (default target/dist, as ./mvnw -Ppackage package leaves it):
#   scripts/smoke_test_installer.sh [DIST]
# Checks what the installer declares (maintainer or bundle identifier, the .rgl lesson type), installs it
# (or, for a .deb outside GitHub Actions, unpacks it), runs scripts/smoke_test.sh on the installed app,
# uninstalls it, and checks that a lesson in the user's home is still there, unchanged.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dist=$(cd "${1:-target/dist}" && pwd)
contact=$(sed -n 's|.*<app.contact>\(.*\)</app.contact>.*|\1|p' "$here/../pom.xml")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "installer smoke test FAILED: $*" >&2; exit 1; }
only() { # the one file in $dist matching the pattern
  local found=("$dist"/$1)
  [[ ${#found[@]} -eq 1 && -e ${found[0]} ]] || fail "expected one $1 in $dist, found: ${found[*]}"
  printf '%s\n' "${found[0]}"
}
sha() { if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1"; else shasum -a 256 "$1"; fi | cut -d' ' -f1; }

# A lesson of the user's, to be left alone by the uninstaller.
lesson="$HOME/rnn-gradient-lab-smoke-lesson.rgl"
echo '{ "format" : "rnn-gradient-lab-lesson", "version" : 1 }' >"$lesson"
lesson_sha=$(sha "$lesson")
lesson_kept() {
  [[ -f $lesson && $(sha "$lesson") == "$lesson_sha" ]] || fail "uninstalling touched the user's lesson $lesson"
  rm -f "$lesson"
  echo "uninstalled; the user's lesson is untouched"
}

case "$(uname -s)" in
  Linux)
    deb=$(only '*.deb')
    maintainer=$(dpkg-deb -f "$deb" Maintainer)
    [[ $maintainer == *"<$contact>"* ]] || fail "the .deb's Maintainer is '$maintainer', not <$contact>"
    echo "$(basename "$deb"): Maintainer: $maintainer"
    dpkg-deb -x "$deb" "$work/root"
    grep -q 'glob pattern="\*\.rgl"' "$work"/root/opt/rnn-gradient-lab/lib/*MimeInfo.xml \
      || fail "the .deb declares no *.rgl lesson type"
    grep -q '^MimeType=application/x-rnn-gradient-lab-lesson;' "$work"/root/opt/rnn-gradient-lab/lib/*.desktop \
      || fail "the .deb's menu entry does not open lessons"
    echo "declares *.rgl as application/x-rnn-gradient-lab-lesson, opened by its menu entry"
    "$here/smoke_test.sh" "$work/root/opt/rnn-gradient-lab/bin/rnn-gradient-lab"
    if [[ ${GITHUB_ACTIONS:-} == true ]]; then
      sudo apt-get install -y -qq "$deb"
      "$here/smoke_test.sh" /opt/rnn-gradient-lab/bin/rnn-gradient-lab
      sudo apt-get remove -y -qq rnn-gradient-lab
      [[ ! -e /opt/rnn-gradient-lab/bin/rnn-gradient-lab ]] || fail "removing the .deb left the app"
      lesson_kept
    else
      rm -f "$lesson"
      echo "(unpacked, not installed: set GITHUB_ACTIONS=true to install it with apt-get)"
    fi
    ;;
  MINGW* | MSYS* | CYGWIN*)
    msi=$(only '*.msi')
    msiexec() { # msiexec ACTION MSI: waits, and fails with its log on a non-zero exit status
      local log="$work/msiexec-$1.log" status
      status=$(powershell -NoProfile -Command "(Start-Process msiexec.exe -Wait -PassThru -ArgumentList \
        '$1', '\"$(cygpath -w "$2")\"', '/qn', '/norestart', '/l*v', '\"$(cygpath -w "$log")\"').ExitCode" | tr -d '\r')
      [[ $status == 0 ]] || { iconv -f UTF-16LE -t UTF-8 "$log" 2>/dev/null | tail -n 40 || true; fail "msiexec $1 exited with $status"; }
    }
    msiexec /i "$msi"
    program_files=$(cygpath -u "${PROGRAMFILES:-C:\\Program Files}")
    exe=$(find "$program_files" -maxdepth 3 -name rnn-gradient-lab.exe -path '*RNN Gradient Lab*' | head -n 1)
    [[ -n $exe && -f $exe ]] || fail "the .msi installed no rnn-gradient-lab.exe under $program_files"
    reg query 'HKCR\.rgl' >/dev/null 2>&1 || fail "the .msi registered no .rgl lesson type"
    menu="$(cygpath -u "${PROGRAMDATA:-C:\\ProgramData}")/Microsoft/Windows/Start Menu/Programs/Education"
    ls "$menu"/*.lnk >/dev/null 2>&1 || fail "no Start-menu entry in $menu"
    echo "installed $exe, with a Start-menu entry and the .rgl lesson type"
    "$here/smoke_test.sh" "$exe"
    msiexec /x "$msi"
    [[ ! -e $exe ]] || fail "uninstalling the .msi left $exe"
    lesson_kept
    ;;
  Darwin)
    dmg=$(only '*.dmg')
    hdiutil attach -nobrowse -readonly -mountpoint "$work/volume" "$dmg" >/dev/null
    apps=("$work"/volume/*.app)
    [[ -d ${apps[0]} ]] || fail "no app in $(basename "$dmg")"
    mkdir "$work/Applications"
    cp -R "${apps[0]}" "$work/Applications/"
    hdiutil detach "$work/volume" >/dev/null
    app="$work/Applications/$(basename "${apps[0]}")"
    plist="$app/Contents/Info.plist"
    identifier=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$plist")
    [[ $identifier == org.rnngradientlab.app ]] || fail "the bundle identifier is '$identifier'"
    grep -q '<string>rgl</string>' "$plist" || fail "the app declares no .rgl lesson type"
    echo "$(basename "$app"): $identifier, opens .rgl lessons"
    "$here/smoke_test.sh" "$app/Contents/MacOS/rnn-gradient-lab"
    rm -rf "$app"
    lesson_kept
    ;;
  *) fail "no installer for $(uname -s)" ;;
esac
echo "installer smoke test passed: $dist"
