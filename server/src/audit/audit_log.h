// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace survey::server::audit {

/// One audit row as the caller describes it; seq, hashes and time are added on append.
struct AuditEntry {
    std::string actor;    ///< user id or "cli"; empty when unknown (failed login)
    std::string deviceId; ///< empty when not from a device
    std::string action;   ///< dotted, see audit_action.h
    std::string subject;  ///< the id acted on; may be empty
    nlohmann::json detail = nlohmann::json::object();
};

/// An audit row whose detail is already canonical JSON, as views: a push appends one per
/// change and need not build a json object or copy the strings for it.
struct EncodedAuditEntry {
    std::string_view actor; ///< empty when unknown
    std::string_view deviceId;
    std::string_view action;
    std::string_view subject;
    std::string_view detailJson; ///< canonical JSON of an object
};

/// A stored audit row, as hashed and verified.
struct AuditRow {
    std::int64_t seq = 0;
    std::string at;
    std::optional<std::string> actor, deviceId, subject;
    std::string action, detailJson, prevHash, hash;
};

/// The hashed columns of a row, viewed where they are (a row being appended, a stored one).
struct AuditRowView {
    std::int64_t seq = 0;
    std::string_view at;
    std::optional<std::string_view> actor, deviceId, subject;
    std::string_view action, detailJson, prevHash;
};

/// prev_hash of the first row.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

/// The row's hash: SHA-256 of prev_hash followed by the canonical JSON of every other
/// column. detail_json is hashed as the stored text, so that re-encoding cannot hide an edit.
std::string rowHash(const AuditRowView& row);
std::string rowHash(const AuditRow& row);

/// Appends hash-chained rows inside the caller's write transaction. It remembers the
/// chain's tail between appends, so use one writer per transaction, never across two.
class AuditWriter {
  public:
    explicit AuditWriter(storage::Database& db) : db_(db) {}

    /// Appends one row stamped `at` (ISO-8601 UTC) and returns its seq.
    std::int64_t append(const AuditEntry& entry, const std::string& at);
    /// append() for a row whose detail the caller encoded.
    std::int64_t appendEncoded(const EncodedAuditEntry& entry, std::string_view at);

  private:
    void loadTail();

    storage::Database& db_;
    /// From the connection's statement cache on the first append, reused: a push appends a
    /// row per applied change.
    std::optional<storage::Statement> insert_;
    bool tailLoaded_ = false;
    std::int64_t lastSeq_ = 0;
    std::string lastHash_;
};

/// Appends a single row in its own transaction (logins, admin commands).
void appendAudit(storage::Database& db, const AuditEntry& entry, const std::string& at);

} // namespace survey::server::audit
