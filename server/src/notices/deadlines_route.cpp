// SPDX-License-Identifier: Apache-2.0
#include "notices/deadlines_route.h"

#include "audit/audit_log.h"
#include "common/utc_time.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "http/route_binding.h"
#include "notices/deadline_report.h"
#include "notices/notice_service.h"
#include "notices/project_settings.h"
#include "projects/project_access.h"

namespace survey::server::notices {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
constexpr const char* kProject = "/api/v1/projects/([A-Za-z0-9_-]{1,64})";

/// The caller and the project of the URL if the caller may read it (or, with `adminOnly`,
/// change it).
std::optional<std::pair<auth::User, projects::Project>>
open(http::ServerContext& context, storage::Database& db, const httplib::Request& req,
     httplib::Response& res, bool adminOnly) {
    auto caller = http::authenticate(req, db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e), std::nullopt;
    const auto& user = std::get<http::Caller>(caller).user;
    if (adminOnly && user.role != auth::Role::Admin)
        return http::sendError(res, {ErrorCode::Forbidden, "only admins change project settings"}),
               std::nullopt;
    auto project = projects::openProjectFor(db, user, req.matches[1]);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e), std::nullopt;
    return std::pair{user, std::get<projects::Project>(project)};
}

/// The ISO dates of body[field], or nullopt (error sent) when it is not a list of them.
std::optional<std::vector<std::string>> dates(const json& body, const char* field,
                                              httplib::Response& res) {
    std::vector<std::string> out;
    if (!body.contains(field))
        return out;
    if (!body[field].is_array() || body[field].size() > 1000)
        return http::sendError(res, {ErrorCode::WrongType, "a list of dates", field}), std::nullopt;
    for (const auto& d : body[field]) {
        if (!d.is_string() || !isWorkingDay({}, d.get<std::string>()))
            return http::sendError(res, {ErrorCode::Validation, "dates are YYYY-MM-DD", field}),
                   std::nullopt;
        out.push_back(d.get<std::string>());
    }
    return out;
}

void handleDeadlines(http::ServerContext& context, const httplib::Request& req,
                     httplib::Response& res) {
    auto db = context.pool.acquire();
    const auto access = open(context, *db, req, res, false);
    if (!access)
        return;
    const auto& project = access->second;
    const std::string today = issueDate(context.clock());
    json items = json::array();
    for (const auto& item : projectDeadlines(*db, project.id, today))
        items.push_back(toJson(item));
    http::sendJson(res, 200, {{"today", today}, {"items", std::move(items)}});
}

void handleHolidays(http::ServerContext& context, const httplib::Request& req,
                    httplib::Response& res) {
    auto db = context.pool.acquire();
    const auto access = open(context, *db, req, res, true);
    if (!access)
        return;
    const auto& [user, project] = *access;
    auto body = http::parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return http::sendError(res, *e);
    const json& b = std::get<json>(body);
    if (!b.is_object())
        return http::sendError(res, {ErrorCode::BadRequest, "expected an object"});
    const auto holidays = dates(b, "dates", res);
    if (!holidays)
        return;
    const auto workdays = dates(b, "workdays", res);
    if (!workdays)
        return;
    storage::Transaction tx(*db);
    replaceCalendar(*db, project.id, *holidays, *workdays);
    audit::AuditWriter(*db).append({user.id,
                                    "",
                                    std::string(kAuditCalendarReplace),
                                    project.id,
                                    {{"dates", *holidays}, {"workdays", *workdays}}},
                                   isoUtc(context.clock()));
    tx.commit();
    http::sendJson(res, 200, {{"dates", *holidays}, {"workdays", *workdays}});
}

void handleSettings(http::ServerContext& context, const httplib::Request& req,
                    httplib::Response& res) {
    auto db = context.pool.acquire();
    const bool writing = req.method == "PUT";
    const auto access = open(context, *db, req, res, writing);
    if (!access)
        return;
    const auto& [user, project] = *access;
    if (writing) {
        auto body = http::parseJsonBody(req);
        if (auto* e = std::get_if<ApiError>(&body))
            return http::sendError(res, *e);
        if (!std::get<json>(body).is_object())
            return http::sendError(res, {ErrorCode::BadRequest, "expected an object"});
        storage::Transaction tx(*db);
        if (auto bad = saveProjectSettings(*db, project.id, std::get<json>(body)))
            return http::sendError(res, {ErrorCode::Validation, "invalid value", *bad});
        audit::AuditWriter(*db).append({user.id, "", std::string(kAuditSettingsUpdate), project.id,
                                        settingsToJson(loadProjectSettings(*db, project.id))},
                                       isoUtc(context.clock()));
        tx.commit();
    }
    http::sendJson(res, 200, settingsToJson(loadProjectSettings(*db, project.id)));
}
} // namespace

void registerDeadlineRoutes(httplib::Server& server, http::ServerContext& context) {
    const std::string project = kProject;
    server.Get(project + "/deadlines", http::withContext(context, handleDeadlines));
    server.Put(project + "/holidays", http::withContext(context, handleHolidays));
    server.Get(project + "/settings", http::withContext(context, handleSettings));
    server.Put(project + "/settings", http::withContext(context, handleSettings));
}

} // namespace survey::server::notices
