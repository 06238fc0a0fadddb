// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::ledger {

/// GET /api/v1/projects/{pid}/ledger.xlsx — the whole 台账 as a workbook;
/// GET /api/v1/projects/{pid}/ledger/{households|members|buildings|parts}.csv — one sheet.
/// Reviewers and admins only (the ledger holds ID numbers and phones); every export is audited.
void registerLedgerRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::ledger
