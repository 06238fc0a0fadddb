// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::notices {

/// GET /api/v1/projects/{pid}/notices/preview/{kind}.pdf[?household_id=] — the document as
/// it would be issued now, rendered from the same sources and builders but not archived,
/// numbered or recorded: the serial reads PREVIEW, so a printed preview can never pass
/// /verify. Lets the office check a posting table before issuing it.
void registerPreviewRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::notices
