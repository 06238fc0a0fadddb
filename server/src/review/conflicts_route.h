// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::review {

/// GET /api/v1/projects/{pid}/conflicts[?open=1] (anyone who may open the project) and
/// POST /api/v1/conflicts/{id}/resolve {value, base_rev} (reviewer or admin).
void registerConflictRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::review
