// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/user_repository.h"
#include "projects/project_repository.h"
#include "survey/errors/api_error.h"

#include <string>
#include <variant>

namespace survey::server::projects {

/// What a caller wants in a project. A recognition department (认定部门) only reads the
/// households and buildings and records decisions; every other use refuses it, so that a
/// route must opt in to let a department through.
enum class ProjectUse {
    Work,        ///< anything: survey, review, notices, settings, progress
    ReadRecords, ///< read households and buildings, record 认定 decisions
};

/// The project a caller names in a URL, if they may work in it: not_found when there is no
/// such project, forbidden when the caller is not assigned to it (admins need no
/// assignment) or when a department asks for more than `ProjectUse::ReadRecords`.
std::variant<Project, errors::ApiError> openProjectFor(storage::Database& db,
                                                       const auth::User& user,
                                                       const std::string& projectId,
                                                       ProjectUse use = ProjectUse::Work);

/// The projects a user sees: all for admins, the assigned ones for everybody else.
std::vector<Project> visibleProjects(storage::Database& db, const auth::User& user);

} // namespace survey::server::projects
