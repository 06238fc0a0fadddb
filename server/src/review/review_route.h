// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::review {

/// POST /api/v1/households/{id}/review (reviewer or admin) and
/// GET /api/v1/households/{id}/reviews (anyone who may open the household's project).
void registerReviewRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::review
