// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/records/entity_catalog.h"

#include <nlohmann/json.hpp>

namespace survey::device {

/// Checks what the catalogue's type rules cannot: ID numbers (GB 11643, validated on entry
/// as domain.md §8 asks) are checked and returned normalised (a trailing x upper-cased).
/// Empty or null ID numbers pass: they are simply not known yet.
/// Throws std::invalid_argument with the Chinese message for the surveyor.
nlohmann::json checkedInput(const records::EntitySpec& entity, const nlohmann::json& fields);

} // namespace survey::device
