// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::audit {

/// Admin only: GET /api/v1/admin/audit?before=SEQ&limit=N[&verify=1] — the audit log newest
/// first, with who acted; with verify=1 also the hash chain's state (walks the whole log).
void registerAuditRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::audit
