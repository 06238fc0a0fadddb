// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"
#include "survey/sync/protocol.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace survey::server::sync {

/// Largest and default page of GET /changes.
inline constexpr std::int64_t kMaxChangesPage = 5000;
inline constexpr std::int64_t kDefaultChangesPage = 500;

/// One applied change as logged, viewed where the caller keeps it: it is built in the call
/// that writes it (a push writes one per change, and copying each part cost as much as
/// writing the row).
struct LoggedChange {
    std::string_view projectId, entity, entityId;
    survey::sync::Op op = survey::sync::Op::Upsert;
    const nlohmann::json& fields; ///< the full record after the change
    std::string_view changeId, userId, deviceId, at;
};

/// The project-wide change log: every applied change in commit order. Its seq is both the
/// pull cursor and the record's new rev; writes are serialised by BEGIN IMMEDIATE, so seq
/// order is commit order and a pull never skips a change that commits later.
class ChangeLog {
  public:
    explicit ChangeLog(storage::Database& db) : db_(db) {}

    /// Appends a change and returns its seq.
    std::int64_t append(const LoggedChange& change);
    /// The record's fields as logged at `seq`, when that seq is a change of this record.
    std::optional<nlohmann::json> snapshot(const std::string& entity, const std::string& entityId,
                                           std::int64_t seq);
    /// Up to `limit` changes of a project after `since`, oldest first, as the JSON body of
    /// GET /changes (the protocol's ChangesPage, keys in canonical order).
    std::string pageJson(const std::string& projectId, std::int64_t since, std::int64_t limit);

  private:
    storage::Database& db_;
    /// Taken from the connection's statement cache on the first append and reused: a push
    /// appends thousands of changes, and preparing the statement each time cost more than
    /// running it.
    std::optional<storage::Statement> insert_;
    /// The canonical text of the change being appended, its buffer kept between appends.
    std::string fieldsJson_;
};

} // namespace survey::server::sync
