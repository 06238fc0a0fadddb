// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::progress {

/// GET /api/v1/projects/{pid}/progress — the dashboard figures (see projectProgress).
void registerProgressRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::progress
