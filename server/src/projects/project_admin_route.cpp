// SPDX-License-Identifier: Apache-2.0
#include "projects/project_admin_route.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "http/route_binding.h"
#include "projects/project_access.h"
#include "projects/project_repository.h"

#include <regex>
#include <stdexcept>

namespace survey::server::projects {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
std::optional<http::Caller> caller(http::ServerContext& context, storage::Database& db,
                                   const httplib::Request& req, httplib::Response& res,
                                   bool adminOnly) {
    auto who = http::authenticate(req, db, context.clock());
    if (auto* e = std::get_if<ApiError>(&who))
        return http::sendError(res, *e), std::nullopt;
    if (adminOnly && std::get<http::Caller>(who).user.role != auth::Role::Admin)
        return http::sendError(res, {ErrorCode::Forbidden, "only an admin changes projects"}),
               std::nullopt;
    return std::get<http::Caller>(std::move(who));
}

void handleCreate(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto lease = context.pool.acquire();
    storage::Database& db = *lease;
    auto admin = caller(context, db, req, res, true);
    if (!admin)
        return;
    auto body = http::readJsonObjectBody(req, res);
    if (!body)
        return;
    static const std::regex codePattern("[A-Za-z0-9_-]{1,32}");
    const std::string code = body->value("code", "");
    const std::string name = body->value("name", "");
    if (!std::regex_match(code, codePattern) || name.empty() || name.size() > 200)
        return http::sendError(res,
                               {ErrorCode::Validation, "a code (letters, digits, - _) and a name"});
    if (ProjectRepository(db).findByCode(code))
        return http::sendError(res, {ErrorCode::Conflict, "project code taken", "code"});
    std::optional<std::string> freeze;
    if (body->contains("freeze_date") && (*body)["freeze_date"].is_string() &&
        !(*body)["freeze_date"].get<std::string>().empty())
        freeze = (*body)["freeze_date"].get<std::string>();
    try {
        const std::string id = addProject(db, code, name, freeze, admin->user.id);
        http::sendJson(res, 201, toJson(*ProjectRepository(db).findById(id)));
    } catch (const std::invalid_argument& e) {
        http::sendError(res, {ErrorCode::Validation, e.what()});
    }
}

void handleSurveySettings(http::ServerContext& context, const httplib::Request& req,
                          httplib::Response& res) {
    auto lease = context.pool.acquire();
    storage::Database& db = *lease;
    auto admin = caller(context, db, req, res, true);
    if (!admin)
        return;
    auto project = openProjectFor(db, admin->user, req.matches[1].str());
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    auto body = http::readJsonObjectBody(req, res);
    if (!body)
        return;
    Project p = std::get<Project>(project);
    const json& b = *body;
    if (b.contains("area_grade")) {
        if (!b["area_grade"].is_number_integer() || b["area_grade"] < 1 || b["area_grade"] > 3)
            return http::sendError(res, {ErrorCode::Validation, "grade 1, 2 or 3", "area_grade"});
        p.areaGrade = b["area_grade"].get<int>();
    }
    if (b.contains("gps_max_accuracy_m")) {
        if (!b["gps_max_accuracy_m"].is_number() || b["gps_max_accuracy_m"] <= 0 ||
            b["gps_max_accuracy_m"] > 1000)
            return http::sendError(res, {ErrorCode::Validation, "metres, above 0 and at most 1000",
                                         "gps_max_accuracy_m"});
        p.gpsMaxAccuracyM = b["gps_max_accuracy_m"].get<double>();
    }
    if (b.contains("gps_max_age_s")) {
        if (!b["gps_max_age_s"].is_number_integer() || b["gps_max_age_s"] < 1 ||
            b["gps_max_age_s"] > 3600)
            return http::sendError(res,
                                   {ErrorCode::Validation, "seconds, 1 to 3600", "gps_max_age_s"});
        p.gpsMaxAgeS = b["gps_max_age_s"].get<std::int64_t>();
    }
    storage::Transaction tx(db);
    auto q = db.prepare("UPDATE projects SET area_grade = ?, gps_max_accuracy_m = ?,"
                        " gps_max_age_s = ? WHERE id = ?");
    q.bind(1, p.areaGrade).bind(2, p.gpsMaxAccuracyM).bind(3, p.gpsMaxAgeS).bind(4, p.id).run();
    audit::AuditWriter(db).append(
        {admin->user.id, admin->deviceId,
         std::string(audit::actionName(audit::AuditAction::ProjectUpdate)), p.id, toJson(p)},
        isoUtc(context.clock()));
    tx.commit();
    http::sendJson(res, 200, toJson(p));
}

void handleHolidays(http::ServerContext& context, const httplib::Request& req,
                    httplib::Response& res) {
    auto lease = context.pool.acquire();
    storage::Database& db = *lease;
    auto who = caller(context, db, req, res, false);
    if (!who)
        return;
    auto project = openProjectFor(db, who->user, req.matches[1].str());
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    auto q = db.prepare("SELECT date, is_workday FROM holidays WHERE project_id = ? ORDER BY date");
    q.bind(1, std::get<Project>(project).id);
    json dates = json::array(), workdays = json::array();
    while (q.step())
        (q.getInt(1) ? workdays : dates).push_back(q.getText(0));
    http::sendJson(res, 200, {{"dates", dates}, {"workdays", workdays}});
}
} // namespace

void registerProjectAdminRoutes(httplib::Server& server, http::ServerContext& context) {
    const std::string project = "/api/v1/projects/([A-Za-z0-9_-]{1,64})";
    server.Post("/api/v1/admin/projects", http::withContext(context, handleCreate));
    server.Put(project + "/survey-settings", http::withContext(context, handleSurveySettings));
    server.Get(project + "/holidays", http::withContext(context, handleHolidays));
}

} // namespace survey::server::projects
