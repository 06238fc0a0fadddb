// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::console {

/// The console's cookie session: POST /console/session logs in (same passwords, throttle
/// and audit as the tablet login) and sets the httpOnly cookie; GET answers who is logged in
/// and the CSRF token; POST /console/logout revokes the session's token.
void registerSessionRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::console
