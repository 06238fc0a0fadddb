// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/project_settings.h"
#include "notices/recognition_decision.h"
#include "projects/project_repository.h"
#include "survey/households/household_record.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace survey::server::notices {

/// The stored records a notice is made from, read in one transaction.
struct NoticeSources {
    projects::Project project;
    ProjectSettings settings;
    std::vector<households::HouseholdRecord> households; ///< one, or the project's by code
    std::vector<survey::notices::RecognitionDecision> decisions;
    /// The rows as stored (every column of households, members, buildings, parts, items,
    /// photos, signatures and decisions), hashed as data_sha256.
    nlohmann::json rows = nlohmann::json::object();
};

/// Ids of the project's live households, by household code.
std::vector<std::string> projectHouseholdIds(storage::Database& db, const std::string& projectId);

/// Reads the sources for the given households of a project (settings, decisions and rows
/// included). Throws std::out_of_range when a household is not a live one of the project.
NoticeSources loadSources(storage::Database& db, const projects::Project& project,
                          const std::vector<std::string>& householdIds);

} // namespace survey::server::notices
