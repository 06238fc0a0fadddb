// SPDX-License-Identifier: Apache-2.0
#include "auth/login_route.h"

#include "auth/login_service.h"
#include "http/json_io.h"

namespace survey::server::auth {

using errors::ApiError;

namespace {
void handleLogin(http::ServerContext& context, const httplib::Request& req,
                 httplib::Response& res) {
    auto body = http::parseJsonBody(req);
    if (auto* e = std::get_if<ApiError>(&body))
        return http::sendError(res, *e);
    auto parsed = survey::sync::parseLoginRequest(std::get<nlohmann::json>(body));
    if (auto* e = std::get_if<ApiError>(&parsed))
        return http::sendError(res, *e);

    auto db = context.pool.acquire();
    LoginAttempt attempt{std::get<survey::sync::LoginRequest>(std::move(parsed)), req.remote_addr,
                         context.clock(), context.tokenTtlSeconds};
    auto outcome = login(*db, context.throttle, attempt);
    if (auto* refusal = std::get_if<LoginRefusal>(&outcome)) {
        if (refusal->retryAfter > 0)
            res.set_header("Retry-After", std::to_string(refusal->retryAfter));
        return http::sendError(res, refusal->error);
    }
    const auto& ok = std::get<LoginSuccess>(outcome);
    http::sendJson(
        res, 200,
        {{"token", ok.token.token},
         {"expires_at", isoUtc(ok.token.expiresAt)},
         {"user", {{"id", ok.user.id}, {"name", ok.user.name}, {"role", roleName(ok.user.role)}}}});
}
} // namespace

void registerLoginRoute(httplib::Server& server, http::ServerContext& context) {
    server.Post("/api/v1/auth/login",
                [&context](const httplib::Request& req, httplib::Response& res) {
                    handleLogin(context, req, res);
                });
}

} // namespace survey::server::auth
