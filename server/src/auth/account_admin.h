// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/roles.h"
#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace survey::server::auth {

/// Every account with its assigned project ids, for the admin console (no password hashes).
nlohmann::json listAccounts(storage::Database& db);

/// What an admin changes on an account; unset members stay as they are.
struct AccountChange {
    std::string userId;
    std::optional<Role> role;
    std::optional<bool> disabled;
    std::optional<std::vector<std::string>> projectIds; ///< replaces the assignments
};

/// Applies the change and its audit row in one transaction; disabling an account also
/// revokes its tokens. Throws std::invalid_argument for an unknown user or project.
void changeAccount(storage::Database& db, const AccountChange& change, const std::string& actor,
                   const std::string& at);

/// Devices that hold or held tokens: per user and device, the last login, its expiry, and
/// whether a live token remains.
nlohmann::json listDevices(storage::Database& db, std::int64_t now);

} // namespace survey::server::auth
