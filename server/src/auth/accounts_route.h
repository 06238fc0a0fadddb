// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::auth {

/// Admin only: GET /api/v1/admin/users; POST /api/v1/admin/users {username, name, role,
/// password, projects:[id]} creates; POST /api/v1/admin/users/{id} {role?, disabled?,
/// projects?} changes; GET /api/v1/admin/devices lists devices (revoke through
/// POST /api/v1/auth/revoke).
void registerAccountRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::auth
