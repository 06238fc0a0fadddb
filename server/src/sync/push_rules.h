// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/roles.h"
#include "survey/errors/api_error.h"
#include "survey/households/status_transitions.h"
#include "survey/records/entity_catalog.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string_view>

// Pure rules about what a pushed change may write, apart from revisions and areas.
namespace survey::server::sync {

/// True for household statuses after approval (已审核 and later): such a household rejects
/// every edit until review returns it (design.md §3).
bool isLockedStatus(std::string_view status);

/// True for statuses only the review decides (退回, 已审核 and later).
bool isReviewStatus(std::string_view status);

/// Checks a household change's `status`: it must be a known code, and a surveyor may not
/// set a review status through a push (that would approve their own work).
std::optional<errors::ApiError> checkHouseholdStatus(const nlohmann::json& fields, auth::Role role);

/// The status-machine actors a role acts as in a push: a surveyor's tablet also brings about
/// the server's own step on receipt (signed, refused or unreachable → 已提交).
std::span<const households::Actor> pushActors(auth::Role role);

/// Checks the household's status change from the stored record to the record as it will be
/// stored (domain.md §7): the new status must be reachable by steps the role may take.
/// forbidden when only another role could take it, validation when no one could.
std::optional<errors::ApiError> checkStatusChange(const nlohmann::json& storedFields,
                                                  const nlohmann::json& newFields, auth::Role role);

/// A surveyor's push may not change the household's review_comment: it is the reviewer's
/// word, written by the review decision.
std::optional<errors::ApiError> checkReviewComment(const nlohmann::json& storedFields,
                                                   const nlohmann::json& newFields,
                                                   auth::Role role);

/// Fills columns that are NOT NULL with a default in the schema but optional on the wire
/// (household status, part floor), so that a record without them is stored, not refused.
void fillColumnDefaults(const records::EntitySpec& entity, nlohmann::json& fields);

} // namespace survey::server::sync
