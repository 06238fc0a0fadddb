// SPDX-License-Identifier: Apache-2.0
#include "notices/project_settings.h"

#include <array>
#include <utility>

namespace survey::server::notices {

namespace {
using Member = std::string ProjectSettings::*;

// The text settings, their wire names and whether they hold a date.
struct TextField {
    const char* name;
    Member member;
    bool date;
};
constexpr std::array<TextField, 10> kTextFields = {{
    {"authority", &ProjectSettings::authority, false},
    {"contact_name", &ProjectSettings::contactName, false},
    {"contact_phone", &ProjectSettings::contactPhone, false},
    {"survey_from", &ProjectSettings::surveyFrom, true},
    {"survey_to", &ProjectSettings::surveyTo, true},
    {"evidence_deadline", &ProjectSettings::evidenceDeadline, true},
    {"posted_at", &ProjectSettings::postedAt, false},
    {"objection_to", &ProjectSettings::objectionTo, false},
    {"survey_results_formed_on", &ProjectSettings::surveyResultsFormedOn, true},
    {"recognition_results_formed_on", &ProjectSettings::recognitionResultsFormedOn, true},
}};

std::string columnText(const storage::Statement& q, int col) {
    return q.isNull(col) ? std::string() : q.getText(col);
}
} // namespace

ProjectSettings loadProjectSettings(storage::Database& db, const std::string& projectId) {
    ProjectSettings s;
    auto days = db.prepare("SELECT posting_days FROM projects WHERE id = ?1");
    days.bind(1, projectId);
    if (days.step())
        s.postingDays = static_cast<int>(days.getInt(0));
    std::string columns;
    for (const auto& f : kTextFields)
        columns += std::string(columns.empty() ? "" : ", ") + f.name;
    auto q = db.prepare("SELECT " + columns + " FROM project_settings WHERE project_id = ?1");
    q.bind(1, projectId);
    if (q.step())
        for (std::size_t i = 0; i < kTextFields.size(); ++i)
            s.*kTextFields[i].member = columnText(q, static_cast<int>(i));
    return s;
}

std::optional<std::string> saveProjectSettings(storage::Database& db, const std::string& projectId,
                                               const nlohmann::json& body) {
    ProjectSettings s = loadProjectSettings(db, projectId);
    for (const auto& f : kTextFields) {
        if (!body.contains(f.name))
            continue;
        const auto& v = body[f.name];
        if (!v.is_string())
            return f.name;
        const std::string text = v.get<std::string>();
        if (text.size() > 500 || (f.date && !text.empty() && !isWorkingDay({}, text)))
            return f.name;
        s.*f.member = text;
    }
    if (body.contains("posting_days")) {
        const auto& v = body["posting_days"];
        if (!v.is_number_integer() || v.get<int>() < 1 || v.get<int>() > 90)
            return "posting_days";
        s.postingDays = v.get<int>();
    }
    std::string columns, values, updates;
    for (std::size_t i = 0; i < kTextFields.size(); ++i) {
        const std::string n = kTextFields[i].name;
        columns += ", " + n;
        values += ", ?" + std::to_string(i + 2);
        updates += std::string(updates.empty() ? "" : ", ") + n + " = excluded." + n;
    }
    auto q = db.prepare("INSERT INTO project_settings (project_id" + columns + ") VALUES (?1" +
                        values + ") ON CONFLICT (project_id) DO UPDATE SET " + updates);
    q.bind(1, projectId);
    for (std::size_t i = 0; i < kTextFields.size(); ++i) {
        const std::string& text = s.*kTextFields[i].member;
        if (kTextFields[i].date && text.empty())
            q.bindNull(static_cast<int>(i + 2));
        else
            q.bind(static_cast<int>(i + 2), text);
    }
    q.run();
    auto days = db.prepare("UPDATE projects SET posting_days = ?2 WHERE id = ?1");
    days.bind(1, projectId).bind(2, s.postingDays);
    days.run();
    return std::nullopt;
}

nlohmann::json settingsToJson(const ProjectSettings& settings) {
    nlohmann::json out = {{"posting_days", settings.postingDays}};
    for (const auto& f : kTextFields)
        out[f.name] = settings.*f.member;
    return out;
}

WorkCalendar loadCalendar(storage::Database& db, const std::string& projectId) {
    WorkCalendar calendar;
    auto q = db.prepare("SELECT date, is_workday FROM holidays WHERE project_id = ?1");
    q.bind(1, projectId);
    while (q.step())
        calendar.exceptions[q.getText(0)] = q.getInt(1) != 0;
    return calendar;
}

void replaceCalendar(storage::Database& db, const std::string& projectId,
                     const std::vector<std::string>& holidays,
                     const std::vector<std::string>& workdays) {
    auto clear = db.prepare("DELETE FROM holidays WHERE project_id = ?1");
    clear.bind(1, projectId);
    clear.run();
    auto insert = db.prepare("INSERT OR REPLACE INTO holidays (project_id, date, is_workday) "
                             "VALUES (?1, ?2, ?3)");
    for (const auto& [dates, working] : {std::pair{&holidays, 0}, std::pair{&workdays, 1}})
        for (const auto& date : *dates) {
            insert.reset();
            insert.bind(1, projectId).bind(2, date).bind(3, working);
            insert.run();
        }
}

} // namespace survey::server::notices
