// SPDX-License-Identifier: Apache-2.0
#include "notices/preview_route.h"

#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "notices/notice_documents.h"
#include "notices/notice_kind.h"
#include "notices/notice_rendering.h"
#include "notices/notice_service.h"
#include "notices/notice_sources.h"
#include "projects/project_access.h"

#include <stdexcept>

namespace survey::server::notices {

using errors::ApiError;
using errors::ErrorCode;

namespace {
void handlePreview(http::ServerContext& context, const httplib::Request& req,
                   httplib::Response& res) {
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    const auto& user = std::get<http::Caller>(caller).user;
    if (!auth::reviews(user.role))
        return http::sendError(res, {ErrorCode::Forbidden, "only reviewers and admins issue"});
    auto project = projects::openProjectFor(*db, user, req.matches[1].str());
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    const auto kind = kindFromWireName(req.matches[2].str());
    if (!kind)
        return http::sendError(res, {ErrorCode::NotFound, "unknown notice kind"});
    const std::string householdId = req.get_param_value("household_id");
    if (kind->perHousehold && householdId.empty())
        return http::sendError(
            res, {ErrorCode::MissingField, "this notice is per household", "household_id"});
    const auto& p = std::get<projects::Project>(project);
    try {
        const auto ids =
            kind->perHousehold ? std::vector{householdId} : projectHouseholdIds(*db, p.id);
        const auto sources = loadSources(*db, p, ids);
        const std::string issuedOn = issueDate(context.clock());
        const auto doc = buildNoticeDocument(kind->kind, sources, issuedOn);
        std::string pdf =
            renderNoticePdf(doc, {"PREVIEW", issuedOn, context.publicBaseUrl + "/verify/PREVIEW"});
        res.set_header("Content-Disposition", "inline; filename=\"preview.pdf\"");
        res.set_header("Cache-Control", "no-store");
        res.set_content(std::move(pdf), "application/pdf");
    } catch (const std::out_of_range&) {
        http::sendError(res, {ErrorCode::NotFound, "no household " + householdId});
    }
}
} // namespace

void registerPreviewRoute(httplib::Server& server, http::ServerContext& context) {
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/notices/preview/([a-z_]{1,40})\.pdf)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handlePreview(context, req, res);
               });
}

} // namespace survey::server::notices
