// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"

namespace survey::server::cli {

std::string_view usageText() {
    return R"(usage: survey-server COMMAND --data DIR [options]

  serve --listen HOST:PORT [--insecure-http] [--tls-cert FILE --tls-key FILE]
        [--token-ttl SECONDS]
        Serve the sync API over HTTPS (a self-signed certificate is made in DIR/tls on
        first start). PORT 0 picks a free port. Prints "fingerprint <sha256>" and
        "listening <url>".
  project add CODE --name NAME [--freeze-date YYYY-MM-DD]
        Create a project; prints its id.
  user add USERNAME --role surveyor|reviewer|admin [--name DISPLAY] [--project CODE]...
        Create an account; the password (8 characters or more) is read from stdin.
  token revoke USERNAME --device DEVICE_ID
        Revoke the user's tokens on one device (a lost tablet).
  demo
        Create the DEMO project with 40 surveyed households and the accounts surveyor1,
        reviewer1 and admin1; prints "login <user> <password>" lines. Safe to re-run.
  audit verify
        Check the audit log's hash chain; exit 1 at the first broken row.
)";
}

} // namespace survey::server::cli
