#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The test command: installs what is missing, builds with AddressSanitizer + UBSan,
# and runs every test with ctest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build-test" -DCMAKE_BUILD_TYPE=Debug -DSURVEY_SANITIZE=ON
cd "$root/build-test"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
