// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string_view>

namespace survey::server::auth {

/// What a user may do (domain.md §2). Surveyors, reviewers and recognition departments work
/// in the projects they are assigned to; admins see every project.
enum class Role {
    Surveyor, ///< 调查员: pushes survey records from a tablet
    Reviewer, ///< 审核员: reviews, resolves conflicts, issues notices, exports
    Department, ///< 认定部门: reads households and buildings, records 认定 decisions, nothing else
    Admin,      ///< 管理员: everything, in every project
};

/// Wire and database name, e.g. "surveyor".
std::string_view roleName(Role role);
/// The role for a name, or nullopt when unknown.
std::optional<Role> roleFromName(std::string_view name);
/// True for roles that see every project without an assignment (admins only).
bool seesAllProjects(Role role);
/// True for the office roles that review, resolve conflicts, issue notices and export.
bool reviews(Role role);
/// True for the roles that record 认定 decisions: the departments, whose decisions they are,
/// and admins, who correct them. Reviewers do not: they review the survey, not legality.
bool recordsRecognition(Role role);
/// True for a role that may only read households and buildings and record 认定 decisions;
/// every other project route refuses it.
bool readsRecordsOnly(Role role);

} // namespace survey::server::auth
