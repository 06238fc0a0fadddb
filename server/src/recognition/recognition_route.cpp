// SPDX-License-Identifier: Apache-2.0
#include "recognition/recognition_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"
#include "recognition/recognition_service.h"
#include "survey/households/codes.h"

namespace survey::server::recognition {

using errors::ApiError;
using errors::ErrorCode;

namespace {
int intParam(const httplib::Request& req, const char* name, int fallback) {
    try {
        return req.has_param(name) ? std::stoi(req.get_param_value(name)) : fallback;
    } catch (const std::exception&) {
        return fallback;
    }
}

void handleList(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    auto project =
        projects::openProjectFor(*db, std::get<http::Caller>(caller).user, req.matches[1].str(),
                                 projects::ProjectUse::ReadRecords);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    const std::string status = req.get_param_value("status");
    if (!status.empty() && !households::isKnownCode(households::recognitionCodes(), status))
        return http::sendError(res, {ErrorCode::Validation, "unknown status", "status"});
    http::sendJson(res, 200,
                   listRecognition(*db, std::get<projects::Project>(project).id, status,
                                   intParam(req, "offset", 0), intParam(req, "limit", 100)));
}

void handleDecide(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    const std::int64_t now = context.clock();
    auto authenticated = http::authenticate(req, *db, now);
    if (auto* e = std::get_if<ApiError>(&authenticated))
        return http::sendError(res, *e);
    const auto& caller = std::get<http::Caller>(authenticated);
    if (!auth::recordsRecognition(caller.user.role))
        return http::sendError(res, {ErrorCode::Forbidden, "only a recognition department or an "
                                                           "admin records 认定 decisions"});
    const std::string buildingId = req.matches[1];
    const std::string projectId = buildingProject(*db, buildingId);
    if (projectId.empty())
        return http::sendError(res, {ErrorCode::NotFound, "no building " + buildingId});
    auto project =
        projects::openProjectFor(*db, caller.user, projectId, projects::ProjectUse::ReadRecords);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    auto body = http::parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return http::sendError(res, *e);
    auto parsed = parseDecision(std::get<nlohmann::json>(body));
    if (auto* e = std::get_if<ApiError>(&parsed))
        return http::sendError(res, *e);
    auto request = std::get<DecisionRequest>(std::move(parsed));
    request.buildingId = buildingId;
    request.userId = caller.user.id;
    request.deviceId = caller.deviceId;
    request.at = isoUtc(now);
    auto recorded = recordDecision(*db, request);
    if (auto* e = std::get_if<ApiError>(&recorded))
        return http::sendError(res, *e);
    http::sendJson(res, 200, std::get<nlohmann::json>(recorded));
}
} // namespace

void registerRecognitionRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/recognition)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleList(context, req, res);
               });
    server.Post(R"(/api/v1/buildings/([A-Za-z0-9_-]{1,64})/recognition)",
                [&context](const httplib::Request& req, httplib::Response& res) {
                    handleDecide(context, req, res);
                });
}

} // namespace survey::server::recognition
