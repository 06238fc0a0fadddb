// SPDX-License-Identifier: Apache-2.0
#include "ledger/ledger_route.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "ledger/csv_writer.h"
#include "ledger/xlsx_writer.h"
#include "projects/project_access.h"

namespace survey::server::ledger {

using errors::ApiError;
using errors::ErrorCode;

namespace {
// The project of the URL when the caller may export it, else the error is sent.
std::optional<projects::Project> openForExport(http::ServerContext& context, storage::Database& db,
                                               const httplib::Request& req, httplib::Response& res,
                                               std::string& userId, std::string& deviceId) {
    auto caller = http::authenticate(req, db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e), std::nullopt;
    const auto& who = std::get<http::Caller>(caller);
    if (!auth::reviews(who.user.role))
        return http::sendError(res, {ErrorCode::Forbidden, "only reviewers and admins export"}),
               std::nullopt;
    auto project = projects::openProjectFor(db, who.user, req.matches[1].str());
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e), std::nullopt;
    userId = who.user.id;
    deviceId = who.deviceId;
    return std::get<projects::Project>(project);
}

void audit(http::ServerContext& context, storage::Database& db, const std::string& userId,
           const std::string& deviceId, const projects::Project& project,
           const std::string& format) {
    audit::appendAudit(db,
                       {userId,
                        deviceId,
                        std::string(audit::actionName(audit::AuditAction::LedgerExport)),
                        project.id,
                        {{"format", format}}},
                       isoUtc(context.clock()));
}

void attach(httplib::Response& res, const std::string& filename, std::string body,
            const char* type) {
    res.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::move(body), type);
}

void handleXlsx(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    std::string userId, deviceId;
    auto project = openForExport(context, *db, req, res, userId, deviceId);
    if (!project)
        return;
    std::vector<LedgerTable> tables;
    for (const auto& name : ledgerTableNames())
        tables.push_back(buildLedgerTable(*db, project->id, name));
    audit(context, *db, userId, deviceId, *project, "xlsx");
    attach(res, project->code + "-ledger.xlsx", toXlsx(tables, context.dataRoot / "tmp"),
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

void handleCsv(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    std::string userId, deviceId;
    auto project = openForExport(context, *db, req, res, userId, deviceId);
    if (!project)
        return;
    auto table = buildLedgerTable(*db, project->id, req.matches[2].str());
    if (table.name.empty())
        return http::sendError(res, {ErrorCode::NotFound, "no such ledger sheet"});
    audit(context, *db, userId, deviceId, *project, "csv:" + table.name);
    attach(res, project->code + "-" + table.name + ".csv", toCsv(table), "text/csv; charset=utf-8");
}
} // namespace

void registerLedgerRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/ledger\.xlsx)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleXlsx(context, req, res);
               });
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/ledger/([a-z]{1,20})\.csv)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleCsv(context, req, res);
               });
}

} // namespace survey::server::ledger
