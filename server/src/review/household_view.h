// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "projects/project_repository.h"
#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace survey::server::review {

/// The project of a live household, for the caller's permission check; nullopt if none.
std::optional<std::string> householdProject(storage::Database& db, const std::string& id);

/// The whole record of one household for the reviewer: every stored column of the
/// household, members, buildings with their parts (each with the area rule the shared code
/// applies and the certificate-vs-measured check at the project's grade), items, photos
/// (and whether the server holds the file), signatures (valid or stale against the current
/// form hash), conflicts, review decisions and every change with who made it.
nlohmann::json householdView(storage::Database& db, const projects::Project& project,
                             const std::string& id);

} // namespace survey::server::review
