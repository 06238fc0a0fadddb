// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::auth {

/// POST /api/v1/auth/login {username, password, device_id}
///   → {token, expires_at, user: {id, name, role}}; 401 unauthorized, 429 rate_limited.
void registerLoginRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::auth
