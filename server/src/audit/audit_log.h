// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace survey::server::audit {

/// One audit row as the caller describes it; seq, hashes and time are added on append.
struct AuditEntry {
    std::string actor;    ///< user id or "cli"; empty when unknown (failed login)
    std::string deviceId; ///< empty when not from a device
    std::string action;   ///< dotted, see audit_action.h
    std::string subject;  ///< the id acted on; may be empty
    nlohmann::json detail = nlohmann::json::object();
};

/// A stored audit row, as hashed and verified.
struct AuditRow {
    std::int64_t seq = 0;
    std::string at;
    std::optional<std::string> actor, deviceId, subject;
    std::string action, detailJson, prevHash, hash;
};

/// prev_hash of the first row.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

/// The row's hash: SHA-256 of prev_hash followed by the canonical JSON of every other
/// column. detail_json is hashed as the stored text, so that re-encoding cannot hide an edit.
std::string rowHash(const AuditRow& row);

/// Appends hash-chained rows inside the caller's write transaction. It remembers the
/// chain's tail between appends, so use one writer per transaction, never across two.
class AuditWriter {
  public:
    explicit AuditWriter(storage::Database& db) : db_(db) {}

    /// Appends one row stamped `at` (ISO-8601 UTC) and returns its seq.
    std::int64_t append(const AuditEntry& entry, const std::string& at);

  private:
    void loadTail();

    storage::Database& db_;
    /// Prepared on the first append and reused: a push appends a row per applied change.
    std::optional<storage::Statement> insert_;
    bool tailLoaded_ = false;
    std::int64_t lastSeq_ = 0;
    std::string lastHash_;
};

/// Appends a single row in its own transaction (logins, admin commands).
void appendAudit(storage::Database& db, const AuditEntry& entry, const std::string& at);

} // namespace survey::server::audit
