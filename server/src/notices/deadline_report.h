// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace survey::server::notices {

/// One result that must be disclosed: the survey results (一榜) or the 认定 results (二榜).
struct DeadlineItem {
    std::string item;                                      ///< survey_results | recognition_results
    std::string postingKind;                               ///< the notice kind that discloses it
    std::string formedOn, dueOn, disclosedOn, postedUntil; ///< ISO; empty when not (yet) known
    bool overdue = false;
};

/// The disclosure deadlines of a project as of `today` (ISO): for each result with a
/// formed-on date, the due date (20 working days in the project calendar), the first
/// posting issued since, the end of its posting period, and whether it is late.
std::vector<DeadlineItem> projectDeadlines(storage::Database& db, const std::string& projectId,
                                           const std::string& today);

nlohmann::json toJson(const DeadlineItem& item);

} // namespace survey::server::notices
