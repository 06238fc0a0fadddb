// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/arguments.h"

#include <iosfwd>
#include <string_view>

// The survey-server commands. Each returns the process exit code, prints its results to
// `out` and throws UsageError for a command line it cannot use.
namespace survey::server::cli {

/// Who admin commands act as in the audit log.
inline constexpr std::string_view kCliActor = "cli";

/// serve --data DIR --listen HOST:PORT [--insecure-http] [--tls-cert F --tls-key F]
///       [--token-ttl S]
int runServe(const Arguments& args, std::ostream& out);
/// project add CODE --name NAME [--freeze-date YYYY-MM-DD] --data DIR
int runProjectAdd(const Arguments& args, std::ostream& out);
/// user add USERNAME --role R [--name DISPLAY] [--project CODE]... --data DIR; the password
/// is the first line of `in`.
int runUserAdd(const Arguments& args, std::istream& in, std::ostream& out);
/// token revoke USERNAME --device DEVICE_ID --data DIR
int runTokenRevoke(const Arguments& args, std::ostream& out);
/// demo --data DIR
int runDemo(const Arguments& args, std::ostream& out);
/// audit verify --data DIR; exit 1 when the chain is broken.
int runAuditVerify(const Arguments& args, std::ostream& out);
/// blobs check --data DIR: lists blob files no record names and records whose blob is
/// missing; exit 1 when any is missing.
int runBlobsCheck(const Arguments& args, std::ostream& out);

/// backup --data DIR --to BACKUP: a consistent copy of the data directory, incremental for
/// photos and notices; exit 1 when a file was found damaged (and not copied).
int runBackup(const Arguments& args, std::ostream& out);

/// deadlines --data DIR; exit 1 when a disclosure is overdue.
int runDeadlines(const Arguments& args, std::ostream& out);

/// The usage text printed for help and after a usage error.
std::string_view usageText();

} // namespace survey::server::cli
