// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::recognition {

/// GET /api/v1/projects/{pid}/recognition?status=&offset=&limit= — buildings that need 认定
/// (anybody on the project, a department too); POST /api/v1/buildings/{id}/recognition
/// {status, department, decision_no, decided_on, basis} — a decision, recorded by a
/// recognition department (认定部门) or corrected by an admin.
void registerRecognitionRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::recognition
