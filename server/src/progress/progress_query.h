// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <string>

namespace survey::server::progress {

/// A project's progress for the dashboard: {total, by_status:{code:n}, signatures:{signed,
/// witnessed} (households with a head's or a witness's signature), by_team:[{name, total,
/// by_status}], by_street:[…], photos:{total, missing}, conflicts_open}. A team is the surveyor who
/// first pushed the household (the schema has no team table; a survey team works under one
/// account).
nlohmann::json projectProgress(storage::Database& db, const std::string& projectId);

} // namespace survey::server::progress
