// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/roles.h"
#include "survey/errors/api_error.h"
#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <string>
#include <variant>

namespace survey::server::recognition {

/// A 认定 decision on one unregistered building as the department gave it (domain.md §6),
/// and who entered it.
struct DecisionRequest {
    std::string buildingId;
    std::string status; ///< a decided recognition code: legal, temporary_valid, …
    std::string department, decisionNo, decidedOn, basis;
    std::string userId, deviceId, at;
};

/// The request body as a DecisionRequest (without building, who and when), or its fault.
std::variant<DecisionRequest, errors::ApiError> parseDecision(const nlohmann::json& body);

/// The project of a live building, for the permission check; empty when there is none.
std::string buildingProject(storage::Database& db, const std::string& buildingId);

/// Records the decision in one transaction: the decision row (replacing an earlier one on
/// the same building), the building's `recognition` field through the change log so that
/// tablets pull it, and the audit row. Returns the decision as listRecognition shows it.
std::variant<nlohmann::json, errors::ApiError> recordDecision(storage::Database& db,
                                                              const DecisionRequest& request);

/// One page of a project's buildings that need 认定 (unregistered, or decided), with the
/// household, the decision and its Art. 24 consequence: {total, rows:[…]}. `status` filters
/// by current recognition status ("pending" for those without a decision) when not empty.
nlohmann::json listRecognition(storage::Database& db, const std::string& projectId,
                               const std::string& status, int offset, int limit);

} // namespace survey::server::recognition
