// SPDX-License-Identifier: Apache-2.0
#include "review/conflicts_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"
#include "review/conflict_service.h"

namespace survey::server::review {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
void handleList(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    auto project =
        projects::openProjectFor(*db, std::get<http::Caller>(caller).user, req.matches[1]);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    const std::string open = req.has_param("open") ? req.get_param_value("open") : "0";
    if (open != "0" && open != "1")
        return http::sendError(res, {ErrorCode::BadRequest, "open is 0 or 1", "open"});
    json list = json::array();
    for (const auto& c :
         ConflictService(*db).list(std::get<projects::Project>(project).id, open == "1"))
        list.push_back(toJson(c));
    http::sendJson(res, 200, {{"conflicts", std::move(list)}});
}

void handleResolve(http::ServerContext& context, const httplib::Request& req,
                   httplib::Response& res) {
    auto db = context.pool.acquire();
    const std::int64_t now = context.clock();
    auto authenticated = http::authenticate(req, *db, now);
    if (auto* e = std::get_if<ApiError>(&authenticated))
        return http::sendError(res, *e);
    const auto& caller = std::get<http::Caller>(authenticated);
    if (!auth::reviews(caller.user.role))
        return http::sendError(
            res, {ErrorCode::Forbidden, "only a reviewer or an admin resolves conflicts"});
    std::int64_t conflictId = 0;
    try {
        conflictId = std::stoll(req.matches[1]);
    } catch (const std::out_of_range&) {
        return http::sendError(res, {ErrorCode::NotFound, "no such conflict"});
    }
    ConflictService conflicts(*db);
    auto conflict = conflicts.find(conflictId);
    if (!conflict)
        return http::sendError(res, {ErrorCode::NotFound, "no such conflict"});
    auto project = projects::openProjectFor(*db, caller.user, conflict->projectId);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);

    const auto parsed = http::readJsonObjectBody(req, res);
    if (!parsed)
        return;
    const json& body = *parsed;
    if (!body.contains("value"))
        return http::sendError(res, {ErrorCode::MissingField, "value is required", "value"});
    auto baseRev = body.find("base_rev");
    if (baseRev == body.end())
        return http::sendError(res, {ErrorCode::MissingField, "base_rev is required", "base_rev"});
    if (!baseRev->is_number_integer())
        return http::sendError(res,
                               {ErrorCode::WrongType, "base_rev must be an integer", "base_rev"});
    auto resolved =
        conflicts.resolve({conflictId, body["value"], baseRev->get<std::int64_t>(), caller.user.id,
                           caller.deviceId, caller.user.role, isoUtc(now)});
    if (auto* e = std::get_if<ApiError>(&resolved))
        return http::sendError(res, *e);
    http::sendJson(res, 200,
                   {{"id", conflictId},
                    {"entity", conflict->entity},
                    {"entity_id", conflict->entityId},
                    {"rev", std::get<std::int64_t>(resolved)}});
}
} // namespace

void registerConflictRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/conflicts)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleList(context, req, res);
               });
    server.Post(R"(/api/v1/conflicts/([0-9]{1,19})/resolve)",
                [&context](const httplib::Request& req, httplib::Response& res) {
                    handleResolve(context, req, res);
                });
}

} // namespace survey::server::review
