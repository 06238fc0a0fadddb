// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::http {

/// GET /healthz → {status: "ok", schema_version: N}; no authentication, for monitors.
void registerHealthRoute(httplib::Server& server, ServerContext& context);

} // namespace survey::server::http
