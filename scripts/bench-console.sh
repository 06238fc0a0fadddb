#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Console load times at 5,000 households / 100,000 parts (bench/console_load): the review
# queue's first page and a household view in Debian's Chromium against the real server.
# Uses the Release survey-server of build-bench (built if missing), or SURVEY_SERVER_BINARY.
# Screenshots land in SURVEY_WEB_OUT (default: build-bench).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-bench"
"$root/scripts/install-deps.sh"
if [[ -z "${SURVEY_SERVER_BINARY:-}" ]]; then
  if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DSURVEY_BUILD_APP=OFF -DSURVEY_BUILD_TESTS=OFF
  fi
  cmake --build "$build" --parallel "$(nproc)" --target survey-server
  export SURVEY_SERVER_BINARY="$build/bin/survey-server"
fi
export SURVEY_WEB_OUT="${SURVEY_WEB_OUT:-$build}"
mkdir -p "$SURVEY_WEB_OUT"
exec timeout 900 node "$root/bench/console_load/load.mjs"
