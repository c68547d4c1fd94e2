#!/usr/bin/env bash
# Takes screenshots of the real window under Xvfb, as a class would see it on a projector, for the README and
# for looking at a change before it lands. Needs Xvfb, xdotool and ImageMagick (apt-get install xvfb xdotool
# imagemagick libgtk-3-0) and a built jar (./mvnw -DskipTests package).
#
#   scripts/screenshots.sh OUT.png WIDTHxHEIGHT [--ko] [--projector] [--lesson FILE] [--keys "xdotool keys"]
#
# e.g. scripts/screenshots.sh assets/screenshots/projector-ko-1024x768.png 1024x768 --ko --projector
set -euo pipefail

out=$1
size=$2
shift 2
language=en
projector=false
lesson=()
keys=""
while [ $# -gt 0 ]; do
    case $1 in
        --ko) language=ko ;;
        --projector) projector=true ;;
        --lesson) lesson=(--open "$2"); shift ;;
        --keys) keys=$2; shift ;;
        *) echo "screenshots.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done

jar=${JAR:-target/rnn-gradient-lab.jar}
display=:${SCREENSHOT_DISPLAY:-77}
prefs=$(mktemp -d)
trap 'kill "$app" "$xvfb" 2>/dev/null || true; rm -rf "$prefs"' EXIT

Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp &
xvfb=$!
sleep 1
DISPLAY=$display java -Duser.language="$language" -Djava.util.prefs.userRoot="$prefs" -jar "$jar" "${lesson[@]}" \
    >"$prefs/app.log" 2>&1 &
app=$!
DISPLAY=$display xdotool search --sync --onlyvisible --name "RNN Gradient Lab" >/dev/null
window=$(DISPLAY=$display xdotool search --onlyvisible --name "RNN Gradient Lab" | head -1)
sleep 4
if $projector; then
    DISPLAY=$display xdotool windowfocus "$window" key F11
    sleep 3
fi
if [ -n "$keys" ]; then
    # shellcheck disable=SC2086
    DISPLAY=$display xdotool windowfocus "$window" key $keys
    sleep 3
fi
mkdir -p "$(dirname "$out")"
DISPLAY=$display import -window root "$out"
convert "$out" -strip -define png:compression-level=9 "$out"
echo "$out"
