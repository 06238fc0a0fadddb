// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::blobs {

/// HEAD/PATCH/GET /api/v1/blobs/{sha256} (tus 1.0 core upload, ranged download) and
/// GET /api/v1/projects/{pid}/blobs/missing. Registers nothing when the context has no
/// blob store.
void registerBlobRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::blobs
