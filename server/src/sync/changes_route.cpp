// SPDX-License-Identifier: Apache-2.0
#include "sync/changes_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"
#include "sync/change_log.h"

#include <algorithm>
#include <charconv>

namespace survey::server::sync {

using errors::ApiError;
using errors::ErrorCode;

std::optional<std::int64_t> parseCursorNumber(std::string_view text) {
    if (text.empty() ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

namespace {
// The value of a cursor parameter, its default when absent, or a 400 naming it.
std::variant<std::int64_t, ApiError> cursorParam(const httplib::Request& req, const char* name,
                                                 std::int64_t fallback) {
    if (!req.has_param(name))
        return fallback;
    if (auto value = parseCursorNumber(req.get_param_value(name)))
        return *value;
    return ApiError{ErrorCode::BadRequest, std::string(name) + " must be a non-negative integer",
                    name};
}

void handleChanges(http::ServerContext& context, const httplib::Request& req,
                   httplib::Response& res) {
    auto db = context.pool.acquire();
    const storage::ReadSnapshot snapshot(*db);
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    auto project =
        projects::openProjectFor(*db, std::get<http::Caller>(caller).user, req.matches[1]);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    auto since = cursorParam(req, "since", 0);
    if (auto* e = std::get_if<ApiError>(&since))
        return http::sendError(res, *e);
    auto limit = cursorParam(req, "limit", kDefaultChangesPage);
    if (auto* e = std::get_if<ApiError>(&limit))
        return http::sendError(res, *e);
    // limit=0 would hand a client an empty page forever; 1 is the least.
    const std::int64_t pageSize =
        std::clamp<std::int64_t>(std::get<std::int64_t>(limit), 1, kMaxChangesPage);
    res.status = 200;
    res.set_content(ChangeLog(*db).pageJson(std::get<projects::Project>(project).id,
                                            std::get<std::int64_t>(since), pageSize),
                    "application/json; charset=utf-8");
}
} // namespace

void registerChangesRoute(httplib::Server& server, http::ServerContext& context) {
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/changes)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleChanges(context, req, res);
               });
}

} // namespace survey::server::sync
