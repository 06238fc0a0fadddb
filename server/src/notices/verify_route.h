// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::notices {

/// GET /verify/{serial}: the public page a notice's QR code opens (no authentication),
/// saying whether the notice is genuine and current or void; 404 for an unknown serial.
/// `Accept: application/json` gets the same answer as JSON.
void registerVerifyRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::notices
