// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::notices {

/// The notice API (design.md §3), reviewer or admin unless said otherwise:
/// POST /api/v1/projects/{pid}/notices {kind, household_id?} → {id, serial, sha256, url, …};
/// POST /api/v1/projects/{pid}/notices/batch {kind} → {notices: [...]};
/// GET /api/v1/projects/{pid}/notices → {notices: [...]} (anyone with project access);
/// GET /api/v1/notices/{id}.pdf (anyone with project access); POST /api/v1/notices/{id}/void.
void registerNoticeRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::notices
