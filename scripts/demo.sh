#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The main job: installs what is missing, builds, starts survey-server with demo data on an
# embedded SQLite database, and opens survey-app against it. Ctrl-C stops both.
# Environment: SURVEY_DATA (default ./demo-data), SURVEY_LISTEN (default 127.0.0.1:8443).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${SURVEY_DATA:-$root/demo-data}"
listen="${SURVEY_LISTEN:-127.0.0.1:8443}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSURVEY_BUILD_TESTS=OFF
bin="$root/build/bin"

mkdir -p "$data"
"$bin/survey-server" demo --data "$data" | tee "$data/demo-logins.txt"
log="$data/server.log"
"$bin/survey-server" serve --data "$data" --listen "$listen" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 100); do
  grep -q '^listening ' "$log" && break
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
url="$(sed -n 's/^listening //p' "$log")"
fingerprint="$(sed -n 's/^fingerprint //p' "$log")"
user="$(sed -n 's/^login \(surveyor1\) .*/\1/p' "$data/demo-logins.txt" | head -1)"
echo
echo "survey-server:   $url   (log: $log)"
echo "fingerprint:     $fingerprint"
echo "demo logins:     $data/demo-logins.txt"
echo

app=("$bin/survey-app" --server "$url" --fingerprint "$fingerprint" --user "${user:-surveyor1}"
     --data "$data/tablet")
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  "${app[@]}"
else
  echo "No display here. To see the app, run in another terminal:"
  echo "  xvfb-run -a -s '-screen 0 1280x800x24' ${app[*]}"
  echo "(or take a picture of the login page: add --screenshot /tmp/survey-app.png --screenshot-page login)"
  echo "or on a desktop: ${app[*]}"
  echo "The server keeps running; Ctrl-C stops it."
  wait $server
fi
