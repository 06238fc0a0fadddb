// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::review {

/// GET /api/v1/projects/{pid}/households?status=&q=&sort=&dir=asc|desc&offset=&limit= —
/// the review queue, one page at a time; GET /api/v1/households/{id} — the whole record
/// for the household view.
void registerQueueRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::review
