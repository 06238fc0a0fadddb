// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::projects {

/// GET /api/v1/projects → {projects: [{id, code, name, freeze_date, area_grade,
/// gps_max_accuracy_m, gps_max_age_s}]}, the projects the caller sees.
void registerProjectRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::projects
