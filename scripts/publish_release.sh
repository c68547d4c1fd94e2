#!/usr/bin/env bash
# Attaches the release files in DIR (from scripts/collect_release.sh on every system) to the GitHub release
# of TAG, creating it if needed, with all checksums in one SHA256SUMS as well. Needs gh and GH_TOKEN.
#   scripts/publish_release.sh TAG DIR
set -euo pipefail
tag=$1
dir=$2
cat "$dir"/*.sha256 >"$dir/SHA256SUMS"
(cd "$dir" && sha256sum -c SHA256SUMS)
if ! gh release view "$tag" >/dev/null 2>&1; then
  gh release create "$tag" --title "RNN Gradient Lab ${tag#v}" --generate-notes
fi
gh release upload "$tag" "$dir"/* --clobber
