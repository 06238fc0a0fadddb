// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::projects {

/// Admin: POST /api/v1/admin/projects {code, name, freeze_date?} creates a project;
/// PUT /api/v1/projects/{pid}/survey-settings {area_grade, gps_max_accuracy_m, gps_max_age_s}
/// changes what tablets and the area check use. Anyone on the project:
/// GET /api/v1/projects/{pid}/holidays (set through PUT …/holidays).
void registerProjectAdminRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::projects
