#!/usr/bin/env bash
# Prints the project's version, read from pom.xml (the first <version> at the project's own level).
set -euo pipefail
sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$(dirname "$0")/../pom.xml" | head -n 1
