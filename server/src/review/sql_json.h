// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <nlohmann/json.hpp>

namespace survey::server::review {

/// The current row of `q` as a JSON object keyed by column name, each value by its SQLite
/// type, so that a view shows every stored column without restating the schema.
nlohmann::json rowToJson(const storage::Statement& q);

/// Every remaining row of `q` as rowToJson objects.
nlohmann::json rowsToJson(storage::Statement& q);

} // namespace survey::server::review
