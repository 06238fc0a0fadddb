// SPDX-License-Identifier: Apache-2.0
#include "console/security_headers.h"

namespace survey::server::console {

void setSecurityHeaders(httplib::Response& res, bool https) {
    // img-src allows blob: because photos are fetched with the session and shown from
    // object URLs; nothing else leaves 'self'.
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; script-src 'self'; style-src 'self'; "
                   "img-src 'self' blob: data:; connect-src 'self'; font-src 'self'; "
                   "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cross-Origin-Opener-Policy", "same-origin");
    if (https)
        res.set_header("Strict-Transport-Security", "max-age=31536000");
}

} // namespace survey::server::console
