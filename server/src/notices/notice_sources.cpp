// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_sources.h"

#include <stdexcept>

namespace survey::server::notices {

namespace {
using nlohmann::json;

json columnValue(const storage::Statement& q, int col) {
    switch (q.columnType(col)) {
    case 1: // SQLITE_INTEGER
        return q.getInt(col);
    case 2: // SQLITE_FLOAT
        return q.getDouble(col);
    case 5: // SQLITE_NULL
        return nullptr;
    default:
        return q.getText(col);
    }
}

// Every column of every row `sql` selects with `id` bound, as JSON objects.
json rowsOf(storage::Database& db, const std::string& sql, const std::string& id) {
    auto q = db.prepare(sql);
    q.bind(1, id);
    json rows = json::array();
    while (q.step()) {
        json row = json::object();
        for (int c = 0; c < q.columnCount(); ++c)
            row[q.columnName(c)] = columnValue(q, c);
        rows.push_back(std::move(row));
    }
    return rows;
}

json householdRows(storage::Database& db, const std::string& householdId) {
    json out = {{"household", rowsOf(db, "SELECT * FROM households WHERE id = ?1", householdId)}};
    for (const char* table : {"members", "buildings", "items", "photos", "signatures"})
        out[table] = rowsOf(db,
                            std::string("SELECT * FROM ") + table +
                                " WHERE household_id = ?1 AND deleted = 0 ORDER BY id",
                            householdId);
    out["parts"] = rowsOf(db,
                          "SELECT p.* FROM parts p JOIN buildings b ON b.id = p.building_id "
                          "WHERE b.household_id = ?1 AND p.deleted = 0 AND b.deleted = 0 "
                          "ORDER BY p.id",
                          householdId);
    out["recognition_decisions"] =
        rowsOf(db,
               "SELECT d.* FROM recognition_decisions d JOIN buildings b ON b.id = d.building_id "
               "WHERE b.household_id = ?1 AND b.deleted = 0 ORDER BY d.building_id",
               householdId);
    return out;
}

std::vector<survey::notices::RecognitionDecision> decisionsFor(storage::Database& db,
                                                               const std::string& householdId) {
    auto q = db.prepare("SELECT d.building_id, d.status, d.department, d.decision_no, "
                        "d.decided_on, d.basis FROM recognition_decisions d "
                        "JOIN buildings b ON b.id = d.building_id "
                        "WHERE b.household_id = ?1 AND b.deleted = 0");
    q.bind(1, householdId);
    std::vector<survey::notices::RecognitionDecision> out;
    while (q.step())
        out.push_back(
            {q.getText(0), q.getText(1), q.getText(2), q.getText(3), q.getText(4), q.getText(5)});
    return out;
}
} // namespace

std::vector<std::string> projectHouseholdIds(storage::Database& db, const std::string& projectId) {
    auto q = db.prepare("SELECT id FROM households WHERE project_id = ?1 AND deleted = 0 "
                        "ORDER BY code");
    q.bind(1, projectId);
    std::vector<std::string> ids;
    while (q.step())
        ids.push_back(q.getText(0));
    return ids;
}

NoticeSources loadSources(storage::Database& db, const projects::Project& project,
                          const std::vector<std::string>& householdIds) {
    NoticeSources s{project, loadProjectSettings(db, project.id), {}, {}, json::object()};
    json households = json::array();
    for (const auto& id : householdIds) {
        auto household = households::loadHousehold(db, id);
        if (!household || household->projectId != project.id)
            throw std::out_of_range("no household " + id + " in project " + project.code);
        for (auto& d : decisionsFor(db, id))
            s.decisions.push_back(std::move(d));
        households.push_back(householdRows(db, id));
        s.households.push_back(std::move(*household));
    }
    s.rows = {{"project", projects::toJson(project)},
              {"settings", settingsToJson(s.settings)},
              {"households", std::move(households)}};
    return s;
}

} // namespace survey::server::notices
