// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <string>

namespace survey::server::progress {

/// A project's progress for the dashboard: {total, by_status:{code:n}, signatures:{signed,
/// witnessed} (households with a head's or a witness's signature), by_team:[{name, total,
/// by_status}], by_street:[…], photos:{total, missing}, conflicts_open}. by_team groups the
/// households by the team (调查组) of the first surveyor who pushed them, every team of the
/// project listed; the empty name holds those of surveyors in no team.
nlohmann::json projectProgress(storage::Database& db, const std::string& projectId);

} // namespace survey::server::progress
