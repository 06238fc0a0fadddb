// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/roles.h"
#include "survey/errors/api_error.h"
#include "survey/records/record_store.h"
#include "survey/storage/database.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace survey::server::review {

/// What a reviewer decides about a submitted household.
enum class Decision { Approve, Return };

/// Wire name, "approve" or "return".
std::string_view decisionName(Decision decision);
/// The decision for a wire name, or nullopt.
std::optional<Decision> decisionFromName(std::string_view name);

/// One review decision as asked: who, from which device, on which revision, when.
struct ReviewRequest {
    std::string householdId;
    Decision decision = Decision::Approve;
    std::string comment;
    std::int64_t baseRev = 0;
    std::string reviewerId, deviceId;
    auth::Role role = auth::Role::Reviewer;
    std::string at; ///< ISO-8601 UTC
};

/// One row of a household's review history.
struct ReviewEntry {
    std::int64_t id = 0;
    std::string householdId, projectId, decision, comment, reviewer, device, at, fromStatus,
        toStatus;
    std::int64_t householdRev = 0;
};

/// Wire JSON of a history row.
nlohmann::json toJson(const ReviewEntry& entry);

/// Decides reviews (design.md §3, domain.md §7): the status moves by the status machine,
/// through the change log like a push, so that tablets pull the new status and the comment;
/// the history row and the audit row are written in the same transaction.
class ReviewService {
  public:
    explicit ReviewService(storage::Database& db) : db_(db) {}

    /// The live household with this id, if any (for the caller's permission check).
    std::optional<records::StoredRecord> household(const std::string& householdId);

    /// Applies the decision: not_found, conflict (stale base_rev, or a status the decision
    /// cannot leave from), validation (a return without comment); else the history row.
    std::variant<ReviewEntry, errors::ApiError> decide(const ReviewRequest& request);

    /// The household's decisions, oldest first.
    std::vector<ReviewEntry> history(const std::string& householdId);

  private:
    storage::Database& db_;
};

} // namespace survey::server::review
