// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::http {

/// Registers every API route of design.md §3 that this server implements.
void registerRoutes(httplib::Server& server, ServerContext& context);

} // namespace survey::server::http
