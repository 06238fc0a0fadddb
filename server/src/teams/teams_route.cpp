// SPDX-License-Identifier: Apache-2.0
#include "teams/teams_route.h"

#include "common/utc_time.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "http/route_binding.h"
#include "projects/project_access.h"
#include "teams/team_repository.h"

namespace survey::server::teams {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
struct AdminInProject {
    http::Caller admin;
    projects::Project project;
};

std::optional<AdminInProject> openAsAdmin(http::ServerContext& context, storage::Database& db,
                                          const httplib::Request& req, httplib::Response& res) {
    auto who = http::authenticate(req, db, context.clock());
    if (auto* e = std::get_if<ApiError>(&who))
        return http::sendError(res, *e), std::nullopt;
    auto& caller = std::get<http::Caller>(who);
    if (caller.user.role != auth::Role::Admin)
        return http::sendError(res, {ErrorCode::Forbidden, "only an admin manages teams"}),
               std::nullopt;
    auto project = projects::openProjectFor(db, caller.user, req.matches[1].str());
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e), std::nullopt;
    return AdminInProject{std::move(caller), std::get<projects::Project>(std::move(project))};
}

/// The team name of a JSON body; nothing once the error is sent.
std::optional<std::string> nameFromBody(const httplib::Request& req, httplib::Response& res) {
    auto body = http::readJsonObjectBody(req, res);
    if (!body)
        return std::nullopt;
    const auto name = body->find("name");
    if (name == body->end() || !name->is_string())
        return http::sendError(res, {ErrorCode::MissingField, "name is required", "name"}),
               std::nullopt;
    return name->get<std::string>();
}

void handleList(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    if (auto open = openAsAdmin(context, *db, req, res))
        http::sendJson(res, 200, TeamRepository(*db).listForProject(open->project.id));
}

void handleCreate(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    auto open = openAsAdmin(context, *db, req, res);
    if (!open)
        return;
    const auto name = nameFromBody(req, res);
    if (!name)
        return;
    auto created = TeamRepository(*db).create(open->project.id, *name, open->admin.user.id,
                                              open->admin.deviceId, isoUtc(context.clock()));
    if (auto* e = std::get_if<ApiError>(&created))
        return http::sendError(res, *e);
    http::sendJson(res, 201, std::get<json>(created));
}

void handleSetMember(http::ServerContext& context, const httplib::Request& req,
                     httplib::Response& res) {
    auto db = context.pool.acquire();
    auto open = openAsAdmin(context, *db, req, res);
    if (!open)
        return;
    auto body = http::readJsonObjectBody(req, res);
    if (!body)
        return;
    const auto user = body->find("user_id");
    if (user == body->end() || !user->is_string())
        return http::sendError(res, {ErrorCode::MissingField, "user_id is required", "user_id"});
    const auto team = body->find("team_id");
    if (team == body->end() || !(team->is_string() || team->is_null()))
        return http::sendError(
            res, {ErrorCode::MissingField, "team_id is a team's id or null", "team_id"});
    TeamRepository teams(*db);
    if (auto e =
            teams.setMember(open->project.id, user->get<std::string>(),
                            team->is_null() ? std::string() : team->get<std::string>(),
                            open->admin.user.id, open->admin.deviceId, isoUtc(context.clock())))
        return http::sendError(res, *e);
    http::sendJson(res, 200, teams.listForProject(open->project.id));
}

void handleRename(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    auto open = openAsAdmin(context, *db, req, res);
    if (!open)
        return;
    const auto name = nameFromBody(req, res);
    if (!name)
        return;
    TeamRepository teams(*db);
    if (auto e = teams.rename(open->project.id, req.matches[2].str(), *name, open->admin.user.id,
                              open->admin.deviceId, isoUtc(context.clock())))
        return http::sendError(res, *e);
    http::sendJson(res, 200, teams.listForProject(open->project.id));
}

void handleDelete(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    auto open = openAsAdmin(context, *db, req, res);
    if (!open)
        return;
    TeamRepository teams(*db);
    if (auto e = teams.remove(open->project.id, req.matches[2].str(), open->admin.user.id,
                              open->admin.deviceId, isoUtc(context.clock())))
        return http::sendError(res, *e);
    http::sendJson(res, 200, teams.listForProject(open->project.id));
}
} // namespace

void registerTeamRoutes(httplib::Server& server, http::ServerContext& context) {
    const std::string project = "/api/v1/projects/([A-Za-z0-9_-]{1,64})";
    server.Get(project + "/teams", http::withContext(context, handleList));
    server.Post(project + "/teams", http::withContext(context, handleCreate));
    server.Put(project + "/team-members", http::withContext(context, handleSetMember));
    const std::string team = project + "/teams/([A-Za-z0-9_-]{1,64})";
    server.Put(team, http::withContext(context, handleRename));
    server.Delete(team, http::withContext(context, handleDelete));
}

} // namespace survey::server::teams
