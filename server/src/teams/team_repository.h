// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/audit_action.h"
#include "survey/errors/api_error.h"
#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>

namespace survey::server::teams {

/// Survey teams (调查组) of a project and which surveyor is in which: an admin makes the
/// teams and puts the project's surveyors in them; the progress dashboard counts households
/// by the team of the surveyor who surveyed them. Changes are audited in their transaction.
class TeamRepository {
  public:
    explicit TeamRepository(storage::Database& db) : db_(db) {}

    /// {teams:[{id, name, members:[{id, username, name}]}], surveyors:[{id, username, name,
    /// team_id}]}: the project's teams and every surveyor assigned to it, in or out of a team.
    nlohmann::json listForProject(const std::string& projectId);

    /// Creates a team; validation for a blank or too long name, conflict for a name the
    /// project already has. Returns the new team as {id, name, members:[]}.
    std::variant<nlohmann::json, errors::ApiError>
    create(const std::string& projectId, const std::string& name, const std::string& actor,
           const std::string& deviceId, const std::string& at);

    /// Puts a surveyor of the project in a team, or in none when `teamId` is empty; a
    /// surveyor is in one team per project at most, so this moves them.
    std::optional<errors::ApiError> setMember(const std::string& projectId,
                                              const std::string& userId, const std::string& teamId,
                                              const std::string& actor, const std::string& deviceId,
                                              const std::string& at);

    /// Renames a team of the project: validation and conflict as for create, not_found for a
    /// team the project does not have. Renaming a team to its own name changes nothing.
    std::optional<errors::ApiError> rename(const std::string& projectId, const std::string& teamId,
                                           const std::string& name, const std::string& actor,
                                           const std::string& deviceId, const std::string& at);

    /// Deletes a team of the project; its members stay assigned to the project, in no team,
    /// and the audit row names them so that the team can be made again by hand.
    std::optional<errors::ApiError> remove(const std::string& projectId, const std::string& teamId,
                                           const std::string& actor, const std::string& deviceId,
                                           const std::string& at);

  private:
    /// The team's name if the project has it, in the open transaction.
    std::optional<std::string> nameOf(const std::string& projectId, const std::string& teamId);
    /// Validation for a name a team cannot have, conflict for one another team of the project
    /// has (`except` is the team being renamed).
    std::optional<errors::ApiError> checkName(const std::string& projectId, const std::string& name,
                                              const std::string& except);
    void appendAudit(audit::AuditAction action, const std::string& teamId, nlohmann::json detail,
                     const std::string& actor, const std::string& deviceId, const std::string& at);

    storage::Database& db_;
};

} // namespace survey::server::teams
