// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::console {

/// Serves the console: GET / is its page, GET /console/<file> its scripts and styles.
void registerStaticRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::console
