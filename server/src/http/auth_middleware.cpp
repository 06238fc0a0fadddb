// SPDX-License-Identifier: Apache-2.0
#include "http/auth_middleware.h"

#include "auth/session_cookie.h"
#include "auth/token_service.h"

#include <algorithm>
#include <cctype>

namespace survey::server::http {

using errors::ApiError;
using errors::ErrorCode;

namespace {
// The token after a case-insensitive "Bearer " scheme, or empty.
std::string bearerToken(const httplib::Request& req) {
    const std::string header = req.get_header_value("Authorization");
    constexpr std::string_view kScheme = "bearer ";
    if (header.size() <= kScheme.size() ||
        !std::equal(kScheme.begin(), kScheme.end(), header.begin(), [](char a, char b) {
            return a == std::tolower(static_cast<unsigned char>(b));
        }))
        return {};
    std::string token = header.substr(kScheme.size());
    while (!token.empty() && token.back() == ' ')
        token.pop_back();
    return token;
}
} // namespace

std::variant<Caller, ApiError> authenticate(const httplib::Request& req, storage::Database& db,
                                            std::int64_t now) {
    std::string token = bearerToken(req);
    if (token.empty()) {
        // The console's cookie session: the browser sends the cookie on its own, so a change
        // must also prove it comes from a console page (the CSRF header only it can set).
        token = auth::sessionCookieToken(req);
        if (token.empty())
            return ApiError{ErrorCode::Unauthorized, "missing bearer token"};
        if (auth::isStateChanging(req.method) && !auth::hasValidCsrfToken(req, token))
            return ApiError{ErrorCode::Forbidden, "missing or wrong CSRF token"};
    }
    auto checked = auth::checkToken(db, token, now);
    if (auto* error = std::get_if<ApiError>(&checked))
        return *error;
    const auto& owner = std::get<auth::TokenOwner>(checked);
    auto user = auth::UserRepository(db).findById(owner.userId);
    if (!user || user->disabled)
        return ApiError{ErrorCode::Unauthorized, "unknown or revoked token; log in again"};
    return Caller{std::move(*user), owner.deviceId};
}

} // namespace survey::server::http
