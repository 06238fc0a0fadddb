// SPDX-License-Identifier: Apache-2.0
#include "auth/roles.h"

namespace survey::server::auth {

std::string_view roleName(Role role) {
    switch (role) {
    case Role::Surveyor:
        return "surveyor";
    case Role::Reviewer:
        return "reviewer";
    case Role::Department:
        return "department";
    case Role::Admin:
        return "admin";
    }
    return "surveyor";
}

std::optional<Role> roleFromName(std::string_view name) {
    for (Role r : {Role::Surveyor, Role::Reviewer, Role::Department, Role::Admin})
        if (roleName(r) == name)
            return r;
    return std::nullopt;
}

bool seesAllProjects(Role role) {
    return role == Role::Admin;
}

bool reviews(Role role) {
    return role == Role::Reviewer || role == Role::Admin;
}

bool recordsRecognition(Role role) {
    return role == Role::Department || role == Role::Admin;
}

bool readsRecordsOnly(Role role) {
    return role == Role::Department;
}

} // namespace survey::server::auth
