// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <httplib.h>
#include <string>
#include <string_view>

// The browser console's session: the same bearer token as a tablet's, carried in an
// httpOnly cookie so that page scripts never hold it, plus a CSRF token derived from it.
namespace survey::server::auth {

/// Name of the session cookie.
inline constexpr std::string_view kSessionCookie = "survey_session";
/// Header that state-changing cookie requests must carry.
inline constexpr std::string_view kCsrfHeader = "X-CSRF-Token";

/// The session token from the request's Cookie header, or empty.
std::string sessionCookieToken(const httplib::Request& req);

/// The CSRF token for a session: SHA-256 of a fixed label and the session token. A page on
/// another origin can neither read the httpOnly cookie nor this value (the console hands it
/// out only in same-origin JSON), so it cannot forge a state-changing request.
std::string csrfTokenFor(std::string_view sessionToken);

/// True when the request carries the CSRF token of `sessionToken` (compared in constant time).
bool hasValidCsrfToken(const httplib::Request& req, std::string_view sessionToken);

/// True for methods that change state (anything but GET, HEAD and OPTIONS).
bool isStateChanging(std::string_view method);

/// Set-Cookie value for a new session: HttpOnly, SameSite=Strict, Path=/, Max-Age, and
/// Secure unless the server runs the test-only plain HTTP mode.
std::string sessionSetCookie(std::string_view token, std::int64_t maxAgeSeconds, bool secure);

/// Set-Cookie value that deletes the session cookie.
std::string sessionClearCookie(bool secure);

} // namespace survey::server::auth
