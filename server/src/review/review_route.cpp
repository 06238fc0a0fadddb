// SPDX-License-Identifier: Apache-2.0
#include "review/review_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"
#include "review/review_service.h"

namespace survey::server::review {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
constexpr std::size_t kMaxCommentBytes = 4000;

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

// The request body as a ReviewRequest (without who and when), or the first fault in it.
std::variant<ReviewRequest, ApiError> parseReview(const json& body) {
    if (!body.is_object())
        return ApiError{ErrorCode::BadRequest, "body must be a JSON object"};
    ReviewRequest r;
    auto decision = body.find("decision");
    if (decision == body.end())
        return ApiError{ErrorCode::MissingField, "decision is required", "decision"};
    auto parsed =
        decision->is_string() ? decisionFromName(decision->get<std::string>()) : std::nullopt;
    if (!parsed)
        return ApiError{ErrorCode::Validation, "decision is \"approve\" or \"return\"", "decision"};
    r.decision = *parsed;
    auto baseRev = body.find("base_rev");
    if (baseRev == body.end())
        return ApiError{ErrorCode::MissingField, "base_rev is required", "base_rev"};
    if (!baseRev->is_number_integer())
        return ApiError{ErrorCode::WrongType, "base_rev must be an integer", "base_rev"};
    r.baseRev = baseRev->get<std::int64_t>();
    if (auto comment = body.find("comment"); comment != body.end() && !comment->is_null()) {
        if (!comment->is_string())
            return ApiError{ErrorCode::WrongType, "comment must be a string", "comment"};
        r.comment = comment->get<std::string>();
        if (r.comment.size() > kMaxCommentBytes)
            return ApiError{ErrorCode::Validation, "comment is too long", "comment"};
    }
    return r;
}

void handleReview(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    const std::int64_t now = context.clock();
    auto authenticated = http::authenticate(req, *db, now);
    if (auto* e = std::get_if<ApiError>(&authenticated))
        return http::sendError(res, *e);
    const auto& caller = std::get<http::Caller>(authenticated);
    if (caller.user.role == auth::Role::Surveyor)
        return http::sendError(res, {ErrorCode::Forbidden, "only a reviewer or an admin reviews"});
    auto household = openHousehold(*db, caller.user, req.matches[1]);
    if (auto* e = std::get_if<ApiError>(&household))
        return http::sendError(res, *e);

    auto body = http::parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return http::sendError(res, *e);
    auto parsed = parseReview(std::get<json>(body));
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
