// SPDX-License-Identifier: Apache-2.0
#include "teams/team_repository.h"

#include "audit/audit_log.h"
#include "common/random_ids.h"

#include <map>

namespace survey::server::teams {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
// Long enough for "第三调查组（测绘）", short enough for a dashboard row.
constexpr std::size_t kMaxNameBytes = 120;

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}
} // namespace

json TeamRepository::listForProject(const std::string& projectId) {
    json teams = json::array();
    std::map<std::string, std::size_t> index;
    auto t = db_.prepare("SELECT id, name FROM teams WHERE project_id = ? ORDER BY name");
    t.bind(1, projectId);
    while (t.step()) {
        index[t.getText(0)] = teams.size();
        teams.push_back({{"id", t.getText(0)}, {"name", t.getText(1)}, {"members", json::array()}});
    }
    json surveyors = json::array();
    auto s = db_.prepare("SELECT u.id, u.username, u.name, m.team_id FROM users u"
                         " JOIN user_projects a ON a.user_id = u.id AND a.project_id = ?1"
                         " LEFT JOIN team_members m ON m.user_id = u.id AND m.project_id = ?1"
                         " WHERE u.role = 'surveyor' ORDER BY u.username");
    s.bind(1, projectId);
    while (s.step()) {
        json person = {{"id", s.getText(0)}, {"username", s.getText(1)}, {"name", s.getText(2)}};
        const std::string teamId = s.isNull(3) ? std::string() : s.getText(3);
        if (auto it = index.find(teamId); it != index.end())
            teams[it->second]["members"].push_back(person);
        person["team_id"] = teamId.empty() ? json() : json(teamId);
        surveyors.push_back(std::move(person));
    }
    return {{"teams", std::move(teams)}, {"surveyors", std::move(surveyors)}};
}

std::optional<ApiError> TeamRepository::checkName(const std::string& projectId,
                                                  const std::string& name,
                                                  const std::string& except) {
    if (isBlank(name) || name.size() > kMaxNameBytes)
        return ApiError{ErrorCode::Validation, "a team needs a name of at most 120 bytes", "name"};
    auto taken = db_.prepare("SELECT 1 FROM teams WHERE project_id = ? AND name = ? AND id <> ?");
    taken.bind(1, projectId).bind(2, name).bind(3, except);
    if (taken.step())
        return ApiError{ErrorCode::Conflict, "the project already has a team " + name, "name"};
    return std::nullopt;
}

std::optional<std::string> TeamRepository::nameOf(const std::string& projectId,
                                                  const std::string& teamId) {
    auto team = db_.prepare("SELECT name FROM teams WHERE id = ? AND project_id = ?");
    team.bind(1, teamId).bind(2, projectId);
    if (!team.step())
        return std::nullopt;
    return team.getText(0);
}

void TeamRepository::appendAudit(audit::AuditAction action, const std::string& teamId, json detail,
                                 const std::string& actor, const std::string& deviceId,
                                 const std::string& at) {
    audit::AuditWriter(db_).append(
        {actor, deviceId, std::string(audit::actionName(action)), teamId, std::move(detail)}, at);
}

std::variant<json, ApiError> TeamRepository::create(const std::string& projectId,
                                                    const std::string& name,
                                                    const std::string& actor,
                                                    const std::string& deviceId,
                                                    const std::string& at) {
    storage::Transaction tx(db_);
    if (auto e = checkName(projectId, name, std::string()))
        return *e;
    const std::string id = newUuid();
    db_.prepare("INSERT INTO teams (id, project_id, name, created_at) VALUES (?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, projectId)
        .bind(3, name)
        .bind(4, at)
        .run();
    appendAudit(audit::AuditAction::TeamCreate, id, {{"project_id", projectId}, {"name", name}},
                actor, deviceId, at);
    tx.commit();
    return json{{"id", id}, {"name", name}, {"members", json::array()}};
}

std::optional<ApiError> TeamRepository::rename(const std::string& projectId,
                                               const std::string& teamId, const std::string& name,
                                               const std::string& actor,
                                               const std::string& deviceId, const std::string& at) {
    storage::Transaction tx(db_);
    const auto before = nameOf(projectId, teamId);
    if (!before)
        return ApiError{ErrorCode::NotFound, "no such team in the project"};
    if (auto e = checkName(projectId, name, teamId))
        return e;
    if (*before == name)
        return std::nullopt;
    db_.prepare("UPDATE teams SET name = ? WHERE id = ?").bind(1, name).bind(2, teamId).run();
    appendAudit(audit::AuditAction::TeamRename, teamId,
                {{"project_id", projectId}, {"name", name}, {"was", *before}}, actor, deviceId, at);
    tx.commit();
    return std::nullopt;
}

std::optional<ApiError> TeamRepository::remove(const std::string& projectId,
                                               const std::string& teamId, const std::string& actor,
                                               const std::string& deviceId, const std::string& at) {
    storage::Transaction tx(db_);
    const auto name = nameOf(projectId, teamId);
    if (!name)
        return ApiError{ErrorCode::NotFound, "no such team in the project"};
    json members = json::array();
    auto m = db_.prepare("SELECT user_id FROM team_members WHERE team_id = ? ORDER BY user_id");
    m.bind(1, teamId);
    while (m.step())
        members.push_back(m.getText(0));
    db_.prepare("DELETE FROM team_members WHERE team_id = ?").bind(1, teamId).run();
    db_.prepare("DELETE FROM teams WHERE id = ?").bind(1, teamId).run();
    appendAudit(audit::AuditAction::TeamDelete, teamId,
                {{"project_id", projectId}, {"name", *name}, {"members", std::move(members)}},
                actor, deviceId, at);
    tx.commit();
    return std::nullopt;
}

std::optional<ApiError>
TeamRepository::setMember(const std::string& projectId, const std::string& userId,
                          const std::string& teamId, const std::string& actor,
                          const std::string& deviceId, const std::string& at) {
    storage::Transaction tx(db_);
    auto surveyor = db_.prepare("SELECT 1 FROM users u JOIN user_projects a ON a.user_id = u.id"
                                " WHERE u.id = ? AND a.project_id = ? AND u.role = 'surveyor'");
    surveyor.bind(1, userId).bind(2, projectId);
    if (!surveyor.step())
        return ApiError{ErrorCode::Validation,
                        "only a surveyor assigned to the project joins one of its teams",
                        "user_id"};
    if (!teamId.empty() && !nameOf(projectId, teamId))
        return ApiError{ErrorCode::Validation, "no such team in the project", "team_id"};
    db_.prepare("DELETE FROM team_members WHERE project_id = ? AND user_id = ?")
        .bind(1, projectId)
        .bind(2, userId)
        .run();
    if (!teamId.empty())
        db_.prepare("INSERT INTO team_members (project_id, user_id, team_id) VALUES (?, ?, ?)")
            .bind(1, projectId)
            .bind(2, userId)
            .bind(3, teamId)
            .run();
    appendAudit(audit::AuditAction::TeamMemberSet, userId,
                {{"project_id", projectId}, {"team_id", teamId.empty() ? json() : json(teamId)}},
                actor, deviceId, at);
    tx.commit();
    return std::nullopt;
}

} // namespace survey::server::teams
