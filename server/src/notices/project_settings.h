// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/disclosure_deadline.h"
#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace survey::server::notices {

/// What the notices of a project print about the issuing office, and the dates the
/// disclosure deadlines run from. Dates are ISO; empty means not given.
struct ProjectSettings {
    std::string authority, contactName, contactPhone;
    std::string surveyFrom, surveyTo, evidenceDeadline, postedAt, objectionTo;
    std::string surveyResultsFormedOn, recognitionResultsFormedOn;
    int postingDays = 7; ///< projects.posting_days
};

/// The project's settings (defaults when none were stored).
ProjectSettings loadProjectSettings(storage::Database& db, const std::string& projectId);

/// Applies the fields present in `body` (snake_case names as in settingsToJson) and stores
/// the result; returns the name of the first field that is not a string (or, for
/// posting_days, not an integer 1..90), or a date that is not YYYY-MM-DD, and writes nothing.
std::optional<std::string> saveProjectSettings(storage::Database& db, const std::string& projectId,
                                               const nlohmann::json& body);

/// Wire JSON of the settings.
nlohmann::json settingsToJson(const ProjectSettings& settings);

/// The project's working-day calendar.
WorkCalendar loadCalendar(storage::Database& db, const std::string& projectId);

/// Replaces the project's calendar: `holidays` are days off, `workdays` adjusted working days.
void replaceCalendar(storage::Database& db, const std::string& projectId,
                     const std::vector<std::string>& holidays,
                     const std::vector<std::string>& workdays);

} // namespace survey::server::notices
