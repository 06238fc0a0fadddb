// SPDX-License-Identifier: Apache-2.0
#include "console/session_route.h"

#include "auth/login_service.h"
#include "auth/session_cookie.h"
#include "common/random_ids.h"
#include "console/security_headers.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "http/route_binding.h"
#include "survey/hashing/sha256.h"

namespace survey::server::console {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
json userJson(const auth::User& user) {
    return {{"id", user.id}, {"name", user.name}, {"role", auth::roleName(user.role)}};
}

// Each browser login is its own device, so that logging in elsewhere does not end it and
// an admin can revoke one session.
std::string newBrowserDeviceId() {
    return "web-" + hashing::toHex(secureRandomBytes(8));
}

void handleLogin(http::ServerContext& context, const httplib::Request& req,
                 httplib::Response& res) {
    setSecurityHeaders(res, context.secureCookies);
    // A form on another site cannot send application/json without a CORS preflight, which
    // this server never grants: no login CSRF.
    if (!req.get_header_value("Content-Type").starts_with("application/json"))
        return http::sendError(res, {ErrorCode::BadRequest, "send the login as application/json"});
    auto body = http::readJsonObjectBody(req, res);
    if (!body)
        return;
    auto& fields = *body;
    fields["device_id"] = newBrowserDeviceId();
    auto parsed = survey::sync::parseLoginRequest(fields);
    if (auto* e = std::get_if<ApiError>(&parsed))
        return http::sendError(res, *e);

    auto db = context.pool.acquire();
    auth::LoginAttempt attempt{std::get<survey::sync::LoginRequest>(std::move(parsed)),
                               req.remote_addr, context.clock(), context.tokenTtlSeconds};
    auto outcome = auth::login(*db, context.throttle, attempt);
    if (auto* refusal = std::get_if<auth::LoginRefusal>(&outcome)) {
        if (refusal->retryAfter > 0)
            res.set_header("Retry-After", std::to_string(refusal->retryAfter));
        return http::sendError(res, refusal->error);
    }
    const auto& ok = std::get<auth::LoginSuccess>(outcome);
    res.set_header("Set-Cookie", auth::sessionSetCookie(ok.token.token, context.tokenTtlSeconds,
                                                        context.secureCookies));
    http::sendJson(res, 200,
                   {{"user", userJson(ok.user)},
                    {"csrf_token", auth::csrfTokenFor(ok.token.token)},
                    {"expires_at", isoUtc(ok.token.expiresAt)}});
}

void handleWhoAmI(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    setSecurityHeaders(res, context.secureCookies);
    res.set_header("Cache-Control", "no-store");
    const std::string token = auth::sessionCookieToken(req);
    if (token.empty())
        return http::sendError(res, {ErrorCode::Unauthorized, "not logged in"});
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    http::sendJson(res, 200,
                   {{"user", userJson(std::get<http::Caller>(caller).user)},
                    {"csrf_token", auth::csrfTokenFor(token)}});
}

void handleLogout(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    setSecurityHeaders(res, context.secureCookies);
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    const auto& who = std::get<http::Caller>(caller);
    auth::revokeDeviceTokens(*db, who.user.id, who.deviceId);
    res.set_header("Set-Cookie", auth::sessionClearCookie(context.secureCookies));
    http::sendJson(res, 200, {{"logged_out", true}});
}
} // namespace

void registerSessionRoutes(httplib::Server& server, http::ServerContext& context) {
    server.Post("/console/session", http::withContext(context, handleLogin));
    server.Get("/console/session", http::withContext(context, handleWhoAmI));
    server.Post("/console/logout", http::withContext(context, handleLogout));
}

} // namespace survey::server::console
