// SPDX-License-Identifier: Apache-2.0
#include "review/queue_query.h"

#include "review/sql_json.h"
#include "survey/households/codes.h"

#include <algorithm>
#include <array>
#include <map>

namespace survey::server::review {

using nlohmann::json;

namespace {
// Sorting by status follows the procedure (domain.md §7), not the alphabet.
std::string statusRankSql() {
    std::string sql = "CASE COALESCE(h.status, 'not_surveyed')";
    int rank = 0;
    for (const auto& c : households::statusCodes())
        sql += " WHEN '" + std::string(c.code) + "' THEN " + std::to_string(rank++);
    return sql + " ELSE " + std::to_string(rank) + " END";
}

// The ORDER BY column for a sort key; unknown keys sort by code.
std::string orderColumn(const std::string& sort) {
    static const std::array<std::pair<std::string_view, std::string_view>, 4> kColumns = {{
        {"address", "h.address"},
        {"head_name", "h.head_name"},
        {"updated_at", "h.updated_at"},
        {"code", "h.code"},
    }};
    if (sort == "status")
        return statusRankSql();
    for (const auto& [key, column] : kColumns)
        if (key == sort)
            return std::string(column);
    return "h.code";
}

// LIKE pattern for a substring, with the wildcards in the search escaped.
std::string likePattern(const std::string& search) {
    std::string pattern = "%";
    for (char c : search) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

constexpr const char* kWhere =
    " FROM households h WHERE h.project_id = ?1 AND h.deleted = 0"
    " AND (?2 = '' OR COALESCE(h.status, 'not_surveyed') = ?2)"
    " AND (?3 = '' OR h.code LIKE ?3 ESCAPE '\\' OR h.head_name LIKE ?3 ESCAPE '\\'"
    " OR h.address LIKE ?3 ESCAPE '\\' OR h.door_no LIKE ?3 ESCAPE '\\')";

void bindFilter(storage::Statement& q, const QueueQuery& query) {
    q.bind(1, query.projectId)
        .bind(2, query.status)
        .bind(3, query.search.empty() ? std::string() : likePattern(query.search));
}

// Buildings, measured area and open conflicts of the page's households, by household id.
void addAggregates(storage::Database& db, json& rows) {
    json ids = json::array();
    for (const auto& r : rows)
        ids.push_back(r["id"]);
    const std::string idList = ids.dump();
    std::map<std::string, json*> byId;
    for (auto& r : rows) {
        r["buildings"] = 0;
        r["measured_area_dm2"] = 0;
        r["open_conflicts"] = 0;
        byId[r["id"].get<std::string>()] = &r;
    }
    auto buildings = db.prepare(
        "SELECT household_id, count(*), COALESCE(sum(measured_area_dm2), 0) FROM buildings"
        " WHERE deleted = 0 AND household_id IN (SELECT value FROM json_each(?1))"
        " GROUP BY household_id");
    buildings.bind(1, idList);
    while (buildings.step()) {
        auto& r = *byId[buildings.getText(0)];
        r["buildings"] = buildings.getInt(1);
        r["measured_area_dm2"] = buildings.getInt(2);
    }
    // A conflict names the record it is on; fold members, buildings and parts into their
    // household so that the queue shows every open question.
    auto conflicts = db.prepare(
        "WITH page(id) AS (SELECT value FROM json_each(?1)),"
        " subject(household_id, id) AS ("
        "  SELECT id, id FROM page"
        "  UNION ALL SELECT household_id, id FROM members WHERE household_id IN page"
        "  UNION ALL SELECT household_id, id FROM buildings WHERE household_id IN page"
        "  UNION ALL SELECT b.household_id, p.id FROM parts p JOIN buildings b"
        "   ON b.id = p.building_id WHERE b.household_id IN page)"
        " SELECT s.household_id, count(*) FROM conflicts c JOIN subject s ON s.id = c.entity_id"
        " WHERE c.resolved_at IS NULL GROUP BY s.household_id");
    conflicts.bind(1, idList);
    while (conflicts.step())
        (*byId[conflicts.getText(0)])["open_conflicts"] = conflicts.getInt(1);
}
} // namespace

json queryQueue(storage::Database& db, const QueueQuery& query) {
    auto count = db.prepare(std::string("SELECT count(*)") + kWhere);
    bindFilter(count, query);
    count.step();
    const std::int64_t total = count.getInt(0);

    const std::string direction = query.descending ? " DESC" : " ASC";
    auto page =
        db.prepare(std::string("SELECT h.id, h.code, h.address, h.door_no, h.head_name,"
                               " COALESCE(h.status, 'not_surveyed') AS status, h.rev, h.updated_at,"
                               " (SELECT name FROM users WHERE id = h.updated_by) AS updated_by,"
                               " h.review_comment") +
                   kWhere + " ORDER BY " + orderColumn(query.sort) + direction + ", h.code" +
                   direction + " LIMIT ?4 OFFSET ?5");
    bindFilter(page, query);
    page.bind(4, std::clamp(query.limit, 1, kMaxQueuePage)).bind(5, std::max(query.offset, 0));
    json rows = rowsToJson(page);
    if (!rows.empty())
        addAggregates(db, rows);

    json statusCounts = json::object();
    auto counts = db.prepare("SELECT COALESCE(status, 'not_surveyed'), count(*) FROM households"
                             " WHERE project_id = ? AND deleted = 0 GROUP BY 1");
    counts.bind(1, query.projectId);
    while (counts.step())
        statusCounts[counts.getText(0)] = counts.getInt(1);
    return {{"total", total},
            {"offset", query.offset},
            {"rows", std::move(rows)},
            {"status_counts", std::move(statusCounts)}};
}

} // namespace survey::server::review
