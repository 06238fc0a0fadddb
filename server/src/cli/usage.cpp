// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.h"

namespace survey::server::cli {

std::string_view usageText() {
    return R"(usage: survey-server COMMAND --data DIR [options]

  serve --listen HOST:PORT [--insecure-http] [--tls-cert FILE --tls-key FILE]
        [--token-ttl SECONDS] [--read-timeout SECONDS] [--public-url URL]
        [--header-deadline SECONDS] [--request-deadline SECONDS]
        [--max-connections-per-address N]
        Serve the sync API over HTTPS (a self-signed certificate is made in DIR/tls on
        first start). PORT 0 picks a free port. Prints "fingerprint <sha256>" and
        "listening <url>". --read-timeout (default 30) drops a client silent that long
        in the middle of a request or response; over TLS a connection is also cut when
        its next request has not arrived --header-deadline (default 45) seconds after
        the handshake or the last answer, when a request is not answered within
        --request-deadline (default 600), and beyond --max-connections-per-address
        (default 64) open connections from one address. --public-url (default: the listening
        URL) is where the QR codes of issued notices point (URL/verify/SERIAL).
  project add CODE --name NAME [--freeze-date YYYY-MM-DD]
        Create a project; prints its id.
  user add USERNAME --role surveyor|reviewer|department|admin [--name DISPLAY] [--project CODE]...
        Create an account; the password (8 characters or more) is read from stdin.
  token revoke USERNAME --device DEVICE_ID
        Revoke the user's tokens on one device (a lost tablet).
  demo
        Create the DEMO project with 40 surveyed households and the accounts surveyor1,
        reviewer1 and admin1; prints "login <user> <password>" lines. Safe to re-run.
  audit verify
        Check the audit log's hash chain; exit 1 at the first broken row.
  deadlines
        List the survey and 认定 results not disclosed within 20 working days of being
        formed, across projects ("overdue CODE ITEM formed DATE due DATE ..."); exit 1
        when any is overdue.
  blobs check
        List blob files no record names ("orphan SHA256 SIZE") and records whose blob
        the server does not have ("missing ENTITY ID SHA256"); exit 1 when any is missing.
  backup --to BACKUP
        Copy the data directory to BACKUP (another disk) while the server runs: a consistent
        snapshot of the database, the TLS certificate the tablets pin, every photo and
        signature (checked against its SHA-256) and every issued notice (checked against its
        row). Run again into the same BACKUP, it copies only what is new. BACKUP is itself a
        data directory: to restore, serve it. Lists "damaged FILE" for files that cannot be
        read or no longer match their hash; they are not copied, the rest is, and it exits 1.
)";
}

} // namespace survey::server::cli
