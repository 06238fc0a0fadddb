// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::teams {

/// Admin only, per project: GET /api/v1/projects/{pid}/teams lists teams and surveyors;
/// POST …/teams {name} creates a team (201); PUT …/team-members {user_id, team_id|null}
/// puts a surveyor in a team or in none; PUT …/teams/{tid} {name} renames a team, DELETE
/// …/teams/{tid} deletes it (its members are left in no team). Changes answer the new list.
void registerTeamRoutes(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::teams
