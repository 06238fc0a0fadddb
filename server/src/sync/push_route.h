// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::sync {

/// POST /api/v1/projects/{pid}/push {device_id, changes: [...]} → {results: [...]}.
/// Malformed bodies are refused whole (400, 413) before anything is applied.
void registerPushRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::sync
