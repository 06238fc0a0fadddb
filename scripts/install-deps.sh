#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian 12 packages listed in scripts/packages.txt that are missing.
# Fast when nothing is missing: it asks dpkg first and touches apt only if needed.
# Then the browser tests' npm packages (tests/web, pinned by its package-lock.json).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# node_modules for tests/web from the lock file; Debian's nodejs + npm only when no node is
# installed at all, so that apt never fights a nodejs that is already there.
install_web_test_deps() {
  local web="$here/../tests/web"
  if ! command -v node >/dev/null 2>&1; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  if [[ ! -d "$web/node_modules/playwright-core" ]]; then
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
mapfile -t wanted < <(grep -v '^\s*#' "$here/packages.txt" | sed '/^\s*$/d')
missing=()
for p in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} > 0)); then
  echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
install_web_test_deps
