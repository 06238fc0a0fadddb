// SPDX-License-Identifier: Apache-2.0
#include "audit/audit_route.h"

#include "audit/audit_verify.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "review/sql_json.h"

#include <algorithm>
#include <limits>

namespace survey::server::audit {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
std::int64_t intParam(const httplib::Request& req, const char* name, std::int64_t fallback) {
    try {
        return req.has_param(name) ? std::stoll(req.get_param_value(name)) : fallback;
    } catch (const std::exception&) {
        return fallback;
    }
}

void handleAudit(http::ServerContext& context, const httplib::Request& req,
                 httplib::Response& res) {
    auto lease = context.pool.acquire();
    storage::Database& db = *lease;
    auto caller = http::authenticate(req, db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    if (std::get<http::Caller>(caller).user.role != auth::Role::Admin)
        return http::sendError(res, {ErrorCode::Forbidden, "only an admin reads the audit log"});
    auto q = db.prepare("SELECT a.seq, a.at, a.actor, u.name AS actor_name, a.device_id,"
                        " a.action, a.subject, a.detail_json, a.hash FROM audit_log a"
                        " LEFT JOIN users u ON u.id = a.actor WHERE a.seq < ?1"
                        " ORDER BY a.seq DESC LIMIT ?2");
    q.bind(1, intParam(req, "before", std::numeric_limits<std::int64_t>::max()));
    q.bind(2, std::clamp<std::int64_t>(intParam(req, "limit", 100), 1, 500));
    json out = {{"rows", review::rowsToJson(q)}};
    if (req.get_param_value("verify") == "1") {
        const auto check = verifyAuditChain(db);
        out["chain"] = {{"ok", check.ok},
                        {"rows", check.rows},
                        {"broken_seq", check.brokenSeq},
                        {"reason", check.reason}};
    }
    http::sendJson(res, 200, out);
}
} // namespace

void registerAuditRoute(httplib::Server& server, http::ServerContext& context) {
    server.Get("/api/v1/admin/audit",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleAudit(context, req, res);
               });
}

} // namespace survey::server::audit
