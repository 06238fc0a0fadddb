// SPDX-License-Identifier: Apache-2.0
#include "progress/progress_query.h"

#include "survey/households/street.h"

#include <map>

namespace survey::server::progress {

using nlohmann::json;

namespace {
// Households counted by status under a group name, groups in name order.
using Groups = std::map<std::string, std::map<std::string, std::int64_t>>;

json groupsToJson(const Groups& groups) {
    json list = json::array();
    for (const auto& [name, byStatus] : groups) {
        std::int64_t total = 0;
        for (const auto& [status, n] : byStatus)
            total += n;
        list.push_back({{"name", name}, {"total", total}, {"by_status", byStatus}});
    }
    return list;
}

std::int64_t scalar(storage::Database& db, const char* sql, const std::string& projectId) {
    auto q = db.prepare(sql);
    q.bind(1, projectId);
    q.step();
    return q.getInt(0);
}
} // namespace

json projectProgress(storage::Database& db, const std::string& projectId) {
    // One pass over the households. A household belongs to the team (调查组) of the
    // surveyor who surveyed it: the first surveyor in its change log (a reviewer's or an
    // admin's later edit does not move it), found through the log's entity index. Those
    // surveyed by nobody yet, or by a surveyor in no team, count under the empty name.
    auto q =
        db.prepare("SELECT COALESCE(h.status, 'not_surveyed'), h.address,"
                   " (SELECT t.name FROM team_members m JOIN teams t ON t.id = m.team_id"
                   "  WHERE m.project_id = h.project_id AND m.user_id ="
                   "   (SELECT c.user_id FROM change_log c JOIN users u ON u.id = c.user_id"
                   "    WHERE c.entity_id = h.id AND u.role = 'surveyor' ORDER BY c.seq LIMIT 1))"
                   " FROM households h WHERE h.project_id = ?1 AND h.deleted = 0");
    q.bind(1, projectId);
    std::map<std::string, std::int64_t> byStatus;
    Groups byTeam, byStreet;
    // Every team shows, a team that has surveyed nothing yet with zero.
    auto teams = db.prepare("SELECT name FROM teams WHERE project_id = ?1");
    teams.bind(1, projectId);
    while (teams.step())
        byTeam[teams.getText(0)];
    std::int64_t total = 0;
    while (q.step()) {
        const std::string status = q.getText(0);
        ++total;
        ++byStatus[status];
        ++byStreet[households::streetOf(q.getText(1))][status];
        ++byTeam[q.isNull(2) ? std::string() : q.getText(2)][status];
    }
    const std::int64_t signedHouseholds =
        scalar(db,
               "SELECT count(DISTINCT household_id) FROM signatures WHERE project_id = ?1"
               " AND deleted = 0 AND role = 'head'",
               projectId);
    const std::int64_t witnessed =
        scalar(db,
               "SELECT count(DISTINCT household_id) FROM signatures WHERE project_id = ?1"
               " AND deleted = 0 AND role = 'witness'",
               projectId);
    const std::int64_t photos =
        scalar(db, "SELECT count(*) FROM photos WHERE project_id = ?1 AND deleted = 0", projectId);
    const std::int64_t photosMissing =
        scalar(db,
               "SELECT count(*) FROM photos p WHERE p.project_id = ?1 AND p.deleted = 0"
               " AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = p.sha256)",
               projectId);
    const std::int64_t conflictsOpen =
        scalar(db, "SELECT count(*) FROM conflicts WHERE project_id = ?1 AND resolved_at IS NULL",
               projectId);
    return {{"total", total},
            {"by_status", byStatus},
            {"signatures", {{"signed", signedHouseholds}, {"witnessed", witnessed}}},
            {"by_team", groupsToJson(byTeam)},
            {"by_street", groupsToJson(byStreet)},
            {"photos", {{"total", photos}, {"missing", photosMissing}}},
            {"conflicts_open", conflictsOpen}};
}

} // namespace survey::server::progress
