// SPDX-License-Identifier: Apache-2.0
#include "sync/push_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"
#include "sync/push_service.h"

namespace survey::server::sync {

using errors::ApiError;

namespace {
void handlePush(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    const std::int64_t now = context.clock();
    auto caller = http::authenticate(req, *db, now);
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    const auto& user = std::get<http::Caller>(caller).user;
    auto project = projects::openProjectFor(*db, user, req.matches[1]);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);

    auto body = http::parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return http::sendError(res, *e);
    auto parsed = survey::sync::parsePushRequest(std::get<nlohmann::json>(std::move(body)));
    if (auto* e = std::get_if<ApiError>(&parsed))
        return http::sendError(res, *e);

    PushContext push{std::get<projects::Project>(project).id, user.id, user.role, isoUtc(now)};
    auto response = PushService(*db).push(push, std::get<survey::sync::PushRequest>(parsed));
    http::sendJson(res, 200, survey::sync::toJson(response));
}
} // namespace

void registerPushRoute(httplib::Server& server, http::ServerContext& context) {
    server.Post(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/push)",
                [&context](const httplib::Request& req, httplib::Response& res) {
                    handlePush(context, req, res);
                });
}

} // namespace survey::server::sync
