// SPDX-License-Identifier: Apache-2.0
#include "review/queue_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"
#include "review/household_view.h"
#include "review/queue_query.h"
#include "survey/households/codes.h"

#include <charconv>

namespace survey::server::review {

using errors::ApiError;
using errors::ErrorCode;

namespace {
// A non-negative integer query parameter, or `fallback` when absent; nullopt when garbled.
std::optional<int> intParam(const httplib::Request& req, const char* name, int fallback) {
    if (!req.has_param(name))
        return fallback;
    const std::string text = req.get_param_value(name);
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

std::variant<QueueQuery, ApiError> parseQuery(const httplib::Request& req) {
    QueueQuery q;
    q.status = req.get_param_value("status");
    if (!q.status.empty() && !households::isKnownCode(households::statusCodes(), q.status))
        return ApiError{ErrorCode::Validation, "unknown status " + q.status, "status"};
    q.search = req.get_param_value("q");
    if (q.search.size() > 200)
        return ApiError{ErrorCode::Validation, "search text is too long", "q"};
    if (req.has_param("sort"))
        q.sort = req.get_param_value("sort");
    q.descending = req.get_param_value("dir") == "desc";
    auto offset = intParam(req, "offset", 0);
    auto limit = intParam(req, "limit", 50);
    if (!offset)
        return ApiError{ErrorCode::Validation, "offset must be a whole number", "offset"};
    if (!limit)
        return ApiError{ErrorCode::Validation, "limit must be a whole number", "limit"};
    q.offset = *offset;
    q.limit = *limit;
    return q;
}

void handleQueue(http::ServerContext& context, const httplib::Request& req,
                 httplib::Response& res) {
    auto db = context.pool.acquire();
    const storage::ReadSnapshot snapshot(*db);
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    auto project =
        projects::openProjectFor(*db, std::get<http::Caller>(caller).user, req.matches[1].str(),
                                 projects::ProjectUse::ReadRecords);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    auto parsed = parseQuery(req);
    if (auto* e = std::get_if<ApiError>(&parsed))
        return http::sendError(res, *e);
    auto query = std::get<QueueQuery>(std::move(parsed));
    query.projectId = std::get<projects::Project>(project).id;
    http::sendJson(res, 200, queryQueue(*db, query));
}

void handleHousehold(http::ServerContext& context, const httplib::Request& req,
                     httplib::Response& res) {
    auto db = context.pool.acquire();
    // The household, its members, buildings and parts are separate queries: one snapshot
    // keeps a push that commits between them from showing half of itself.
    const storage::ReadSnapshot snapshot(*db);
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    const std::string id = req.matches[1];
    auto projectId = householdProject(*db, id);
    if (!projectId)
        return http::sendError(res, {ErrorCode::NotFound, "no household " + id});
    auto project = projects::openProjectFor(*db, std::get<http::Caller>(caller).user, *projectId,
                                            projects::ProjectUse::ReadRecords);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    http::sendJson(res, 200, householdView(*db, std::get<projects::Project>(project), id));
}
} // namespace

void registerQueueRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/households)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleQueue(context, req, res);
               });
    server.Get(R"(/api/v1/households/([A-Za-z0-9_-]{1,64}))",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleHousehold(context, req, res);
               });
}

} // namespace survey::server::review
