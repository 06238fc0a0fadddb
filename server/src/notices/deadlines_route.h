// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::notices {

/// Disclosure deadlines and what they are counted from:
/// GET /api/v1/projects/{pid}/deadlines → {today, items: [{item, formed_on, due_on,
/// disclosed_on, posted_until, overdue}]} (project access);
/// PUT /api/v1/projects/{pid}/holidays {dates: [...], workdays: [...]} (admin);
/// GET/PUT /api/v1/projects/{pid}/settings (read: project access; write: admin) — issuing
/// office, contacts, survey dates, posting place, formed-on dates, posting_days.
void registerDeadlineRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::notices
