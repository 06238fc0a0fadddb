// SPDX-License-Identifier: Apache-2.0
#include "auth/roles.h"

namespace survey::server::auth {

std::string_view roleName(Role role) {
    switch (role) {
    case Role::Surveyor:
        return "surveyor";
    case Role::Reviewer:
        return "reviewer";
    case Role::Admin:
        return "admin";
    }
    return "surveyor";
}

std::optional<Role> roleFromName(std::string_view name) {
    for (Role r : {Role::Surveyor, Role::Reviewer, Role::Admin})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

bool seesAllProjects(Role role) {
    return role != Role::Surveyor;
}

} // namespace survey::server::auth
