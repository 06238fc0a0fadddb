// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/user_repository.h"
#include "projects/project_repository.h"
#include "survey/errors/api_error.h"

#include <string>
#include <variant>

namespace survey::server::projects {

/// The project a caller names in a URL, if they may work in it: not_found when there is no
/// such project, forbidden when a surveyor is not assigned to it.
std::variant<Project, errors::ApiError>
openProjectFor(storage::Database& db, const auth::User& user, const std::string& projectId);

/// The projects a user sees: assigned ones for a surveyor, all for reviewers and admins.
std::vector<Project> visibleProjects(storage::Database& db, const auth::User& user);

} // namespace survey::server::projects
