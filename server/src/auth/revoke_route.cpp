// SPDX-License-Identifier: Apache-2.0
#include "auth/revoke_route.h"

#include "auth/token_service.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"

namespace survey::server::auth {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
constexpr std::size_t kMaxIdBytes = 128;

// A text member of the body: absent gives an empty string; anything but short text is refused.
std::variant<std::string, ApiError> textMember(const json& body, const char* name) {
    auto it = body.find(name);
    if (it == body.end() || it->is_null())
        return std::string();
    if (!it->is_string())
        return ApiError{ErrorCode::WrongType, std::string(name) + " must be a string", name};
    if (it->get_ref<const std::string&>().size() > kMaxIdBytes)
        return ApiError{ErrorCode::Validation, std::string(name) + " is too long", name};
    return it->get<std::string>();
}

void handleRevoke(http::ServerContext& context, const httplib::Request& req,
                  httplib::Response& res) {
    auto db = context.pool.acquire();
    auto authenticated = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&authenticated))
        return http::sendError(res, *e);
    const auto& caller = std::get<http::Caller>(authenticated);
    const auto body = http::readJsonObjectBody(req, res);
    if (!body)
        return;
    const json& request = *body;
    auto device = textMember(request, "device_id");
    if (auto* e = std::get_if<ApiError>(&device))
        return http::sendError(res, *e);
    if (std::get<std::string>(device).empty())
        return http::sendError(res,
                               {ErrorCode::MissingField, "device_id is required", "device_id"});
    auto user = textMember(request, "user_id");
    if (auto* e = std::get_if<ApiError>(&user))
        return http::sendError(res, *e);
    std::string userId = std::get<std::string>(user);
    if (caller.user.role != Role::Admin) {
        if (!userId.empty() && userId != caller.user.id)
            return http::sendError(res, {ErrorCode::Forbidden,
                                         "only an admin revokes another user's tokens", "user_id"});
        userId = caller.user.id; // their own tokens on that device, never anyone else's
    }
    const int revoked =
        revokeDeviceAccess(*db, userId, std::get<std::string>(device), caller.user.id);
    http::sendJson(res, 200, {{"revoked", revoked}});
}
} // namespace

void registerRevokeRoute(httplib::Server& server, http::ServerContext& context) {
    server.Post("/api/v1/auth/revoke",
                [&context](const httplib::Request& req, httplib::Response& res) {
                    handleRevoke(context, req, res);
                });
}

} // namespace survey::server::auth
