// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string_view>

namespace survey::server::auth {

/// What a user may do: surveyors work in their assigned projects; reviewers and admins see
/// every project.
enum class Role { Surveyor, Reviewer, Admin };

/// Wire and database name, e.g. "surveyor".
std::string_view roleName(Role role);
/// The role for a name, or nullopt when unknown.
std::optional<Role> roleFromName(std::string_view name);
/// True for roles that see every project without an assignment.
bool seesAllProjects(Role role);

} // namespace survey::server::auth
