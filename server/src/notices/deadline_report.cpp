// SPDX-License-Identifier: Apache-2.0
#include "notices/deadline_report.h"

#include "notices/disclosure_deadline.h"
#include "notices/notice_dates.h"
#include "notices/notice_repository.h"
#include "notices/project_settings.h"

namespace survey::server::notices {

std::vector<DeadlineItem> projectDeadlines(storage::Database& db, const std::string& projectId,
                                           const std::string& today) {
    const ProjectSettings settings = loadProjectSettings(db, projectId);
    const WorkCalendar calendar = loadCalendar(db, projectId);
    std::vector<DeadlineItem> items;
    const std::pair<const char*, const std::string*> results[] = {
        {"survey_results", &settings.surveyResultsFormedOn},
        {"recognition_results", &settings.recognitionResultsFormedOn}};
    for (const auto& [name, formedOn] : results) {
        if (formedOn->empty())
            continue;
        DeadlineItem item;
        item.item = name;
        item.postingKind = item.item == "survey_results" ? "survey_posting" : "recognition_posting";
        item.formedOn = *formedOn;
        item.dueOn = disclosureDueOn(calendar, *formedOn).value_or("");
        item.disclosedOn =
            NoticeRepository(db).firstIssuedOn(projectId, item.postingKind, *formedOn);
        if (!item.disclosedOn.empty())
            item.postedUntil =
                survey::notices::addDays(item.disclosedOn, settings.postingDays - 1).value_or("");
        item.overdue = !item.dueOn.empty() && isOverdue(item.dueOn, item.disclosedOn, today);
        items.push_back(std::move(item));
    }
    return items;
}

nlohmann::json toJson(const DeadlineItem& item) {
    auto orNull = [](const std::string& s) {
        return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
    };
    return {{"item", item.item},
            {"posting_kind", item.postingKind},
            {"formed_on", item.formedOn},
            {"due_on", orNull(item.dueOn)},
            {"disclosed_on", orNull(item.disclosedOn)},
            {"posted_until", orNull(item.postedUntil)},
            {"overdue", item.overdue}};
}

} // namespace survey::server::notices
