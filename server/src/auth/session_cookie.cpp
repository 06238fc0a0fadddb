// SPDX-License-Identifier: Apache-2.0
#include "auth/session_cookie.h"

#include "survey/hashing/sha256.h"

#include <openssl/crypto.h>

namespace survey::server::auth {

namespace {
std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string cookieAttributes(bool secure) {
    return std::string("; Path=/; HttpOnly; SameSite=Strict") + (secure ? "; Secure" : "");
}
} // namespace

std::string sessionCookieToken(const httplib::Request& req) {
    // Several Cookie headers may arrive (HTTP/1.1 clients should join them, some do not).
    const std::size_t count = req.get_header_value_count("Cookie");
    for (std::size_t i = 0; i < count; ++i) {
        const std::string value = req.get_header_value("Cookie", i); // a copy in 0.11
        std::string_view header = value;
        while (!header.empty()) {
            const std::size_t end = header.find(';');
            std::string_view pair = trim(header.substr(0, end));
            header = end == std::string_view::npos ? std::string_view{} : header.substr(end + 1);
            const std::size_t eq = pair.find('=');
            if (eq != std::string_view::npos && trim(pair.substr(0, eq)) == kSessionCookie)
                return std::string(trim(pair.substr(eq + 1)));
        }
    }
    return {};
}

std::string csrfTokenFor(std::string_view sessionToken) {
    std::string input = "survey-console-csrf\n";
    input += sessionToken;
    return hashing::sha256Hex(input);
}

bool hasValidCsrfToken(const httplib::Request& req, std::string_view sessionToken) {
    const std::string presented = req.get_header_value(std::string(kCsrfHeader).c_str());
    const std::string expected = csrfTokenFor(sessionToken);
    return presented.size() == expected.size() &&
           CRYPTO_memcmp(presented.data(), expected.data(), expected.size()) == 0;
}

bool isStateChanging(std::string_view method) {
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

std::string sessionSetCookie(std::string_view token, std::int64_t maxAgeSeconds, bool secure) {
    return std::string(kSessionCookie) + "=" + std::string(token) + cookieAttributes(secure) +
           "; Max-Age=" + std::to_string(maxAgeSeconds);
}

std::string sessionClearCookie(bool secure) {
    return std::string(kSessionCookie) + "=" + cookieAttributes(secure) + "; Max-Age=0";
}

} // namespace survey::server::auth
