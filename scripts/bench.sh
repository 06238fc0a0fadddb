#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the server and tablet benchmarks (bench/) on a Release build in build-bench and
# prints a summary table. Each benchmark measures its own baseline in the same run, so read the
# ratios; absolute times on a shared machine are noise. Loopback only, bounded in time.
# Usage: scripts/bench.sh [benchmark…]
#   (default: push_ingest blob_upload pull_load household_list)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-bench"
benches=("$@")
((${#benches[@]})) || benches=(push_ingest blob_upload pull_load household_list)

"$root/scripts/install-deps.sh"
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSURVEY_BUILD_TESTS=OFF
fi
cmake --build "$build" --parallel "$(nproc)" --target "${benches[@]/#/bench_}"

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
status=0
for bench in "${benches[@]}"; do
  echo "== $bench"
  # Each benchmark bounds itself; the timeout is a last guard against a hung server.
  if ! timeout 900 "$build/bin/bench_$bench" | tee -a "$results"; then
    echo "!! $bench failed" >&2
    status=1
  fi
done

echo
echo "Summary ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores)"
printf '%-12s %-24s %12s %s\n' benchmark figure value unit
awk '$1 == "RESULT" { printf "%-12s %-24s %12s %s\n", $2, $3, $4, $5 }' "$results"
exit "$status"
