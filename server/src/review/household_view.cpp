// SPDX-License-Identifier: Apache-2.0
#include "review/household_view.h"

#include "notices/measured_area.h"
#include "notices/registration_form.h"
#include "review/conflict_service.h"
#include "review/sql_json.h"
#include "survey/households/household_record.h"
#include "survey/measure/area_tolerance.h"

#include <map>
#include <stdexcept>

namespace survey::server::review {

using nlohmann::json;

namespace {
// Every record id under the household, as a SQL set named `subject`, for conflicts and the
// change history (both name the record they are on, not its household).
constexpr const char* kSubjects =
    "WITH subject(id) AS ("
    " SELECT ?1"
    " UNION ALL SELECT id FROM members WHERE household_id = ?1"
    " UNION ALL SELECT id FROM buildings WHERE household_id = ?1"
    " UNION ALL SELECT p.id FROM parts p JOIN buildings b ON b.id = p.building_id"
    "  WHERE b.household_id = ?1"
    " UNION ALL SELECT id FROM items WHERE household_id = ?1"
    " UNION ALL SELECT id FROM photos WHERE household_id = ?1"
    " UNION ALL SELECT id FROM signatures WHERE household_id = ?1) ";

// Newest changes shown; a household edited more often than this is paged by the log itself.
constexpr int kHistoryRows = 400;

json rows(storage::Database& db, const std::string& sql, const std::string& id) {
    auto q = db.prepare(sql);
    q.bind(1, id);
    return rowsToJson(q);
}

// Certificate against measured area at the project's GB/T 17986 grade (domain.md §5).
json areaCheck(int grade, const json& building) {
    const auto& cert = building["cert_area_dm2"];
    const auto& measured = building["measured_area_dm2"];
    if (!cert.is_number_integer() || !measured.is_number_integer())
        return nullptr;
    try {
        const auto d = measure::compareCertifiedArea(grade, cert.get<std::int64_t>(),
                                                     measured.get<std::int64_t>());
        return {{"difference_dm2", d.differenceDm2},
                {"tolerance_dm2", d.toleranceDm2},
                {"flagged", d.flagged}};
    } catch (const std::invalid_argument&) {
        return nullptr; // out-of-range figures are flagged by validation, not here
    }
}

// Attaches each part's rule text and computed area, and each building's area check.
void addBuildings(storage::Database& db, json& view, const households::HouseholdRecord& record,
                  int grade, const std::string& id) {
    std::map<std::string, measure::PartArea> areas;
    for (const auto& b : record.buildings)
        for (const auto& p : b.parts)
            areas[p.id] = notices::partArea(p, {});
    json buildings = rows(db,
                          "SELECT * FROM buildings WHERE household_id = ?1 AND deleted = 0"
                          " ORDER BY no",
                          id);
    json parts = rows(db,
                      "SELECT p.* FROM parts p JOIN buildings b ON b.id = p.building_id"
                      " WHERE b.household_id = ?1 AND p.deleted = 0 AND b.deleted = 0"
                      " ORDER BY COALESCE(p.floor, 1), p.rowid",
                      id);
    for (auto& b : buildings) {
        b["area_check"] = areaCheck(grade, b);
        b["parts"] = json::array();
        for (auto& p : parts) {
            if (p["building_id"] != b["id"])
                continue;
            if (auto it = areas.find(p["id"].get<std::string>()); it != areas.end()) {
                p["rule"] = it->second.ok ? it->second.rule : it->second.error;
                p["computed_area_dm2"] = it->second.ok ? json(it->second.areaDm2) : json(nullptr);
            }
            b["parts"].push_back(std::move(p));
        }
    }
    view["buildings"] = std::move(buildings);
}

void addSignatures(storage::Database& db, json& view, const households::HouseholdRecord& record,
                   const std::string& id) {
    const std::string formHash = notices::formContentHash(record);
    json signatures = rows(db,
                           "SELECT * FROM signatures WHERE household_id = ?1 AND deleted = 0"
                           " ORDER BY signed_at",
                           id);
    for (auto& s : signatures)
        s["state"] = s["signed_hash"] == formHash ? "valid" : "stale";
    view["form_hash"] = formHash;
    view["signatures"] = std::move(signatures);
}

// Change log rows oldest first (the page diffs consecutive versions of each record).
json history(storage::Database& db, const std::string& id) {
    auto q = db.prepare(std::string(kSubjects) +
                        "SELECT * FROM (SELECT c.seq, c.entity, c.entity_id, c.op, c.at,"
                        " c.device_id, c.fields_json, u.name AS user_name FROM change_log c"
                        " LEFT JOIN users u ON u.id = c.user_id"
                        " WHERE c.entity_id IN subject ORDER BY c.seq DESC LIMIT ?2)"
                        " ORDER BY seq");
    q.bind(1, id).bind(2, kHistoryRows);
    json list = json::array();
    while (q.step()) {
        json row = rowToJson(q);
        json fields = json::parse(row["fields_json"].get<std::string>(), nullptr, false);
        row["fields"] = fields.is_discarded() ? json() : std::move(fields);
        row.erase("fields_json");
        list.push_back(std::move(row));
    }
    return list;
}
} // namespace

std::optional<std::string> householdProject(storage::Database& db, const std::string& id) {
    auto q = db.prepare("SELECT project_id FROM households WHERE id = ? AND deleted = 0");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return q.getText(0);
}

json householdView(storage::Database& db, const projects::Project& project, const std::string& id) {
    json view;
    view["project"] = {{"id", project.id},
                       {"code", project.code},
                       {"name", project.name},
                       {"area_grade", project.areaGrade}};
    auto household = db.prepare("SELECT * FROM households WHERE id = ?1");
    household.bind(1, id);
    household.step();
    view["household"] = rowToJson(household);
    if (view["household"]["status"].is_null())
        view["household"]["status"] = "not_surveyed";
    view["members"] = rows(db,
                           "SELECT * FROM members WHERE household_id = ?1 AND deleted = 0"
                           " ORDER BY rowid",
                           id);
    const auto record = households::loadHousehold(db, id);
    if (record) {
        addBuildings(db, view, *record, project.areaGrade, id);
        addSignatures(db, view, *record, id);
    }
    view["items"] = rows(db,
                         "SELECT * FROM items WHERE household_id = ?1 AND deleted = 0"
                         " ORDER BY rowid",
                         id);
    view["photos"] = rows(db,
                          "SELECT p.*, (SELECT count(*) FROM blobs b WHERE b.sha256 = p.sha256)"
                          " AS on_server FROM photos p WHERE p.household_id = ?1"
                          " AND p.deleted = 0 ORDER BY p.taken_at",
                          id);
    view["conflicts"] =
        rows(db,
             std::string(kSubjects) + "SELECT c.*, u.name AS user_name FROM conflicts c"
                                      " LEFT JOIN users u ON u.id = c.user_id"
                                      " WHERE c.entity_id IN subject ORDER BY c.id",
             id);
    for (json& c : view["conflicts"])
        c["field_type"] = conflictFieldType(c.value("entity", ""), c.value("field", ""));
    view["reviews"] = rows(db,
                           "SELECT r.*, u.name AS reviewer_name FROM review_history r"
                           " LEFT JOIN users u ON u.id = r.reviewer WHERE r.household_id = ?1"
                           " ORDER BY r.id",
                           id);
    view["history"] = history(db, id);
    return view;
}

} // namespace survey::server::review
