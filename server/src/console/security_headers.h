// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <httplib.h>

namespace survey::server::console {

/// Headers every console response carries: a Content-Security-Policy that allows scripts,
/// styles and connections from this origin only (no inline script, no eval, no CDN), no
/// framing, no MIME sniffing, no referrer leaking household ids, and HSTS over HTTPS.
void setSecurityHeaders(httplib::Response& res, bool https);

} // namespace survey::server::console
