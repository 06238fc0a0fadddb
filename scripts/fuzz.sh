#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer targets of tests/fuzz with Clang, AddressSanitizer and UBSan in
# build-fuzz, then runs each for SECONDS (default 60), one after another.
#
#   scripts/fuzz.sh [--update-corpus] [SECONDS] [TARGET...]
#
# New interesting inputs are kept in build-fuzz/fuzz-corpus/<target>, which later runs
# start from; --update-corpus also merges them, minimised, into the committed seeds under
# tests/fuzz/corpus/<target>. Crashes are saved as build-fuzz/fuzz-artifacts/<target>-*.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"

update_corpus=false
seconds=60
targets=()
for arg in "$@"; do
  case "$arg" in
    --update-corpus) update_corpus=true ;;
    ''|*[!0-9]*) targets+=("$arg") ;;
    *) seconds="$arg" ;;
  esac
done
if ((${#targets[@]} == 0)); then
  targets=(push_body login_body push_response changes_page merge part_geometry id_number canonical_json
           blob_headers changes_query review_body)
fi

# Debian 12's clang is 14; its libFuzzer and sanitizer runtimes come in libclang-rt-14-dev.
missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} > 0)); then
  SUDO=$([[ $(id -u) -eq 0 ]] || echo sudo)
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
"$root/scripts/install-deps.sh"

# SURVEY_SANITIZE puts ASan and UBSan on all of survey_core, and fuzzer-no-link adds the
# coverage instrumentation that guides libFuzzer through it. Debug keeps nlohmann/json's
# assertions on (they catch misuse such as a const operator[] on a missing key); -O1
# keeps the fuzzers fast enough. The server is built for blob_headers, which fuzzes its
# own header parsers.
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" \
  -DSURVEY_SANITIZE=ON -DSURVEY_FUZZ=ON \
  -DSURVEY_BUILD_APP=OFF -DSURVEY_BUILD_SERVER=ON
ninja -C "$build" "${targets[@]/#/fuzz_}"

mkdir -p "$build/fuzz-artifacts"
failed=()
for name in "${targets[@]}"; do
  seeds="$root/tests/fuzz/corpus/$name"
  scratch="$build/fuzz-corpus/$name"
  mkdir -p "$scratch"
  echo "== fuzz_$name for ${seconds}s"
  # The scratch directory comes first: libFuzzer writes new inputs into its first corpus
  # directory only, so the committed seeds are read and never written here. One process
  # at a time with a memory cap, because the machine is shared with other builds.
  if ! "$build/bin/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=2048 \
      -timeout=10 -print_final_stats=1 -dict="$root/tests/fuzz/fuzz.dict" \
      -artifact_prefix="$build/fuzz-artifacts/$name-" "$scratch" "$seeds"; then
    failed+=("$name")
    continue
  fi
  if $update_corpus; then
    "$build/bin/fuzz_$name" -merge=1 -rss_limit_mb=2048 "$seeds" "$scratch"
  fi
done

if ((${#failed[@]} > 0)); then
  echo "fuzzing found problems in: ${failed[*]} (inputs in $build/fuzz-artifacts)" >&2
  exit 1
fi
echo "fuzzing found no problems in: ${targets[*]}"
