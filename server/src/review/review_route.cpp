// SPDX-License-Identifier: Apache-2.0
#include "review/review_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"
#include "review/review_body.h"
#include "review/review_service.h"

namespace survey::server::review {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
// The household named in the URL, when the caller may open its project.
std::variant<records::StoredRecord, ApiError>
openHousehold(storage::Database& db, const auth::User& user, const std::string& householdId) {
    auto household = ReviewService(db).household(householdId);
    if (!household)
        return ApiError{ErrorCode::NotFound, "no household " + householdId};
    auto project = projects::openProjectFor(db, user, household->projectId);
    if (auto* e = std::get_if<ApiError>(&project))
        return *e;
    return std::move(*household);
}

void handleReview(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    const std::int64_t now = context.clock();
    auto authenticated = http::authenticate(req, *db, now);
    if (auto* e = std::get_if<ApiError>(&authenticated))
        return http::sendError(res, *e);
    const auto& caller = std::get<http::Caller>(authenticated);
    if (!auth::reviews(caller.user.role))
        return http::sendError(res, {ErrorCode::Forbidden, "only a reviewer or an admin reviews"});
    auto household = openHousehold(*db, caller.user, req.matches[1]);
    if (auto* e = std::get_if<ApiError>(&household))
        return http::sendError(res, *e);

    auto body = http::parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return http::sendError(res, *e);
    auto parsed = parseReviewBody(std::get<json>(body));
    if (auto* e = std::get_if<ApiError>(&parsed))
        return http::sendError(res, *e);
    auto request = std::get<ReviewRequest>(std::move(parsed));
    request.householdId = req.matches[1].str();
    request.reviewerId = caller.user.id;
    request.deviceId = caller.deviceId;
    request.role = caller.user.role;
    request.at = isoUtc(now);
    auto decided = ReviewService(*db).decide(request);
    if (auto* e = std::get_if<ApiError>(&decided))
        return http::sendError(res, *e);
    const auto& entry = std::get<ReviewEntry>(decided);
    http::sendJson(res, 200,
                   {{"household_id", entry.householdId},
                    {"status", entry.toStatus},
                    {"rev", entry.householdRev},
                    {"review", toJson(entry)}});
}

void handleHistory(http::ServerContext& context, const httplib::Request& req,
                   httplib::Response& res) {
    auto db = context.pool.acquire();
    auto authenticated = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&authenticated))
        return http::sendError(res, *e);
    auto household = openHousehold(*db, std::get<http::Caller>(authenticated).user, req.matches[1]);
    if (auto* e = std::get_if<ApiError>(&household))
        return http::sendError(res, *e);
    json list = json::array();
    for (const auto& entry : ReviewService(*db).history(req.matches[1]))
        list.push_back(toJson(entry));
    http::sendJson(res, 200, {{"reviews", std::move(list)}});
}
} // namespace

void registerReviewRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Post(R"(/api/v1/households/([A-Za-z0-9_-]{1,64})/review)",
                [&context](const httplib::Request& req, httplib::Response& res) {
                    handleReview(context, req, res);
                });
    server.Get(R"(/api/v1/households/([A-Za-z0-9_-]{1,64})/reviews)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleHistory(context, req, res);
               });
}

} // namespace survey::server::review
