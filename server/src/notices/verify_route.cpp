// SPDX-License-Identifier: Apache-2.0
#include "notices/verify_route.h"

#include "http/json_io.h"
#include "notices/notice_kind.h"
#include "notices/notice_repository.h"
#include "notices/verify_page.h"
#include "projects/project_repository.h"

namespace survey::server::notices {

namespace {
std::optional<VerifyFacts> lookUp(storage::Database& db, const std::string& serial) {
    NoticeRepository repo(db);
    const auto row = repo.findBySerial(serial);
    if (!row)
        return std::nullopt;
    const auto project = projects::ProjectRepository(db).findById(row->projectId);
    const auto kind = kindFromWireName(row->kind);
    VerifyFacts facts;
    facts.serial = row->serial;
    facts.kindLabel = kind ? std::string(kind->label) : row->kind;
    facts.projectName = project ? project->name : std::string();
    facts.issuedOn = row->issuedOn;
    facts.contentSha256 = row->contentSha256;
    facts.pdfSha256 = row->pdfSha256;
    facts.current = row->status == "current";
    if (row->replacedBy)
        facts.replacedBySerial = repo.serialOf(*row->replacedBy);
    return facts;
}

void handleVerify(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    const std::string serial = req.matches[1];
    auto db = context.pool.acquire();
    const auto facts = lookUp(*db, serial);
    const int status = facts ? 200 : 404;
    if (req.get_header_value("Accept").find("application/json") != std::string::npos)
        return http::sendJson(res, status, verifyJson(facts, serial));
    res.status = status;
    res.set_header("Cache-Control", "no-store"); // a notice can be voided at any time
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    res.set_content(verifyHtml(facts, serial), "text/html; charset=utf-8");
}
} // namespace

void registerVerifyRoute(httplib::Server& server, http::ServerContext& context) {
    server.Get(R"(/verify/([A-Za-z0-9_-]{1,80}))",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleVerify(context, req, res);
               });
}

} // namespace survey::server::notices
