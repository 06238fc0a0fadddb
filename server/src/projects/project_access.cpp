// SPDX-License-Identifier: Apache-2.0
#include "projects/project_access.h"

namespace survey::server::projects {

using errors::ApiError;
using errors::ErrorCode;

std::variant<Project, ApiError> openProjectFor(storage::Database& db, const auth::User& user,
                                               const std::string& projectId, ProjectUse use) {
    auto project = ProjectRepository(db).findById(projectId);
    if (!project)
        return ApiError{ErrorCode::NotFound, "no project " + projectId};
    if (!auth::seesAllProjects(user.role) &&
        !auth::UserRepository(db).isAssigned(user.id, projectId))
        return ApiError{ErrorCode::Forbidden, "you are not assigned to project " + project->code};
    if (use != ProjectUse::ReadRecords && auth::readsRecordsOnly(user.role))
        return ApiError{ErrorCode::Forbidden, "a recognition department reads households and "
                                              "records 认定 decisions, nothing else"};
    return std::move(*project);
}

std::vector<Project> visibleProjects(storage::Database& db, const auth::User& user) {
    ProjectRepository repo(db);
    return auth::seesAllProjects(user.role) ? repo.all() : repo.assignedTo(user.id);
}

} // namespace survey::server::projects
