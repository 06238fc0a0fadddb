// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/roles.h"
#include "survey/errors/api_error.h"
#include "survey/storage/database.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace survey::server::review {

/// A field changed on both sides, as the push stored it (design.md §3): the value at the
/// device's base, the server's value that stayed, and the device's value that waits.
struct StoredConflict {
    std::int64_t id = 0;
    std::string projectId, entity, entityId, householdId, field;
    nlohmann::json base, server, client;
    std::string changeId, deviceId, user, at;
    std::optional<std::string> resolvedAt, resolvedBy;
};

/// Wire JSON of a conflict for GET /projects/{pid}/conflicts.
nlohmann::json toJson(const StoredConflict& conflict);

/// How a conflicting field's value is typed, so that an editor offers the right input:
/// "text", "integer", "real", "bool", "int_list" or "int_pair_list" (from the entity
/// catalogue; "bool" for a deletion conflict, "text" for a field the catalogue lacks).
std::string_view conflictFieldType(std::string_view entity, std::string_view field);

/// A reviewer's choice for a conflict: the value to keep, on the record's current rev.
struct Resolution {
    std::int64_t conflictId = 0;
    nlohmann::json value;
    std::int64_t baseRev = 0;
    std::string userId, deviceId;
    auth::Role role = auth::Role::Reviewer;
    std::string at; ///< ISO-8601 UTC
};

/// Lists stored conflicts and resolves them: the chosen value is written through the
/// change log like any push (so every tablet pulls it), with the conflict marked resolved
/// and an audit row, in one transaction.
class ConflictService {
  public:
    explicit ConflictService(storage::Database& db) : db_(db) {}

    /// A project's conflicts, oldest first; only unresolved ones when `openOnly`.
    std::vector<StoredConflict> list(const std::string& projectId, bool openOnly);
    /// One conflict, if it exists.
    std::optional<StoredConflict> find(std::int64_t id);
    /// Applies the chosen value and returns the record's rev after it: not_found, conflict
    /// (already resolved, stale base_rev), locked, or the push's validation errors.
    std::variant<std::int64_t, errors::ApiError> resolve(const Resolution& resolution);

  private:
    std::vector<StoredConflict> select(const std::string& where, const std::string& arg);
    storage::Database& db_;
};

} // namespace survey::server::review
