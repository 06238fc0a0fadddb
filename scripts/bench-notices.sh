#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Registration-form PDF throughput: survey_notices over a synthetic 1,000-household project
# against headless Chromium printing the same forms as HTML (a sample, one process each).
# Installs what is missing (the build packages, and Debian's chromium, which the tests do
# not need and scripts/packages.txt therefore does not list), builds the benchmark alone in
# Release, and runs it.
# Usage: scripts/bench-notices.sh [BUILD_DIR] [bench-notices-render options, e.g. --sample 20 --out DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-bench"
if [[ $# -gt 0 && $1 != --* ]]; then
  build="$1"
  shift
fi

"$root/scripts/install-deps.sh"
need=()
for p in chromium poppler-utils fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]} > 0)); then
  SUDO=$([[ $(id -u) -ne 0 ]] && echo sudo || true)
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSURVEY_BUILD_APP=OFF -DSURVEY_BUILD_SERVER=OFF -DSURVEY_BUILD_TESTS=OFF
fi
cmake --build "$build" --target bench-notices-render --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen "$build/bin/bench-notices-render" "$@"
