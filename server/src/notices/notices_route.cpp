// SPDX-License-Identifier: Apache-2.0
#include "notices/notices_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "http/route_binding.h"
#include "notices/notice_service.h"
#include "projects/project_access.h"

namespace survey::server::notices {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
constexpr const char* kProjectPattern = "/api/v1/projects/([A-Za-z0-9_-]{1,64})/notices";
constexpr const char* kNoticePattern = "/api/v1/notices/([A-Za-z0-9_-]{1,64})";

/// The caller and the project named by the URL's first match, or the error already sent.
struct Access {
    http::Caller caller;
    projects::Project project;
};

std::optional<http::Caller> authenticated(http::ServerContext& context, storage::Database& db,
                                          const httplib::Request& req, httplib::Response& res) {
    auto caller = http::authenticate(req, db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e), std::nullopt;
    return std::get<http::Caller>(caller);
}

/// The caller's access to a project; `issuing` also requires a reviewer or admin.
std::optional<Access> accessTo(storage::Database& db, const http::Caller& caller,
                               const std::string& projectId, bool issuing, httplib::Response& res) {
    if (issuing && !auth::reviews(caller.user.role))
        return http::sendError(res, {ErrorCode::Forbidden, "only reviewers and admins issue "
                                                           "or void notices"}),
               std::nullopt;
    auto project = projects::openProjectFor(db, caller.user, projectId);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e), std::nullopt;
    return Access{caller, std::get<projects::Project>(project)};
}

std::optional<Access> openProject(http::ServerContext& context, storage::Database& db,
                                  const httplib::Request& req, httplib::Response& res,
                                  const std::string& projectId, bool issuing) {
    const auto caller = authenticated(context, db, req, res);
    return caller ? accessTo(db, *caller, projectId, issuing, res) : std::nullopt;
}

IssueContext issueContext(http::ServerContext& context, const Access& access) {
    return {access.caller.user.id, context.clock(), context.publicBaseUrl};
}

std::optional<NoticeKind> kindOf(const json& body, httplib::Response& res) {
    if (!body.is_object() || !body.contains("kind") || !body["kind"].is_string())
        return http::sendError(res, {ErrorCode::MissingField, "kind is required", "kind"}),
               std::nullopt;
    auto kind = kindFromWireName(body["kind"].get<std::string>());
    if (!kind)
        return http::sendError(res, {ErrorCode::Validation, "unknown notice kind", "kind"}),
               std::nullopt;
    return kind->kind;
}

void handleIssue(http::ServerContext& context, const httplib::Request& req,
                 httplib::Response& res) {
    auto db = context.pool.acquire();
    auto access = openProject(context, *db, req, res, req.matches[1], true);
    if (!access)
        return;
    auto body = http::parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return http::sendError(res, *e);
    const json& b = std::get<json>(body);
    const auto kind = kindOf(b, res);
    if (!kind)
        return;
    std::optional<std::string> householdId;
    if (b.contains("household_id") && !b["household_id"].is_null()) {
        if (!b["household_id"].is_string())
            return http::sendError(
                res, {ErrorCode::WrongType, "household_id must be a string", "household_id"});
        householdId = b["household_id"].get<std::string>();
    }
    NoticeArchive archive(context.dataRoot);
    auto issued = NoticeService(*db, archive)
                      .issue(access->project, *kind, householdId, issueContext(context, *access));
    if (auto* e = std::get_if<ApiError>(&issued))
        return http::sendError(res, *e);
    http::sendJson(res, 201, toJson(std::get<NoticeRow>(issued)));
}

void handleBatch(http::ServerContext& context, const httplib::Request& req,
                 httplib::Response& res) {
    auto db = context.pool.acquire();
    auto access = openProject(context, *db, req, res, req.matches[1], true);
    if (!access)
        return;
    auto body = http::parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return http::sendError(res, *e);
    const auto kind = kindOf(std::get<json>(body), res);
    if (!kind)
        return;
    NoticeArchive archive(context.dataRoot);
    auto issued = NoticeService(*db, archive)
                      .issueBatch(access->project, *kind, issueContext(context, *access));
    if (auto* e = std::get_if<ApiError>(&issued))
        return http::sendError(res, *e);
    json list = json::array();
    for (const auto& row : std::get<std::vector<NoticeRow>>(issued))
        list.push_back(toJson(row));
    http::sendJson(res, 201, {{"notices", std::move(list)}});
}

void handleList(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    auto access = openProject(context, *db, req, res, req.matches[1], false);
    if (!access)
        return;
    json list = json::array();
    for (const auto& row : NoticeRepository(*db).forProject(access->project.id))
        list.push_back(toJson(row));
    http::sendJson(res, 200, {{"notices", std::move(list)}});
}

/// The notice named by the URL if the caller may see its project, or the error already sent.
std::optional<std::pair<NoticeRow, Access>> openNotice(http::ServerContext& context,
                                                       storage::Database& db,
                                                       const httplib::Request& req,
                                                       httplib::Response& res, bool issuing) {
    const auto caller = authenticated(context, db, req, res);
    if (!caller)
        return std::nullopt;
    auto row = NoticeRepository(db).findById(req.matches[1]);
    if (!row)
        return http::sendError(res, {ErrorCode::NotFound, "no such notice"}), std::nullopt;
    auto access = accessTo(db, *caller, row->projectId, issuing, res);
    if (!access)
        return std::nullopt;
    return std::pair{std::move(*row), std::move(*access)};
}

void handlePdf(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    auto found = openNotice(context, *db, req, res, false);
    if (!found)
        return;
    const NoticeRow& row = found->first;
    auto bytes = NoticeArchive(context.dataRoot).read(row.filePath);
    if (!bytes)
        return http::sendError(res, {ErrorCode::Internal, "the archived PDF is missing"});
    res.status = 200;
    res.set_header("Content-Disposition", "inline; filename=\"" + row.serial + ".pdf\"");
    res.set_header("X-Content-SHA256", row.pdfSha256);
    res.set_content(std::move(*bytes), "application/pdf");
}

void handleVoid(http::ServerContext& context, const httplib::Request& req, httplib::Response& res) {
    auto db = context.pool.acquire();
    auto found = openNotice(context, *db, req, res, true);
    if (!found)
        return;
    NoticeArchive archive(context.dataRoot);
    auto voided = NoticeService(*db, archive)
                      .voidNotice(found->first.id, issueContext(context, found->second));
    if (auto* e = std::get_if<ApiError>(&voided))
        return http::sendError(res, *e);
    http::sendJson(res, 200, toJson(std::get<NoticeRow>(voided)));
}
} // namespace

void registerNoticeRoutes(httplib::Server& server, http::ServerContext& context) {
    const std::string project = kProjectPattern, notice = kNoticePattern;
    server.Post(project, http::withContext(context, handleIssue));
    server.Post(project + "/batch", http::withContext(context, handleBatch));
    server.Get(project, http::withContext(context, handleList));
    server.Get(notice + R"(\.pdf)", http::withContext(context, handlePdf));
    server.Post(notice + "/void", http::withContext(context, handleVoid));
}

} // namespace survey::server::notices
