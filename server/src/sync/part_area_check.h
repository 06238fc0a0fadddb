// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <variant>

namespace survey::server::sync {

/// The counted area (dm²) of a part record's fields under the shared area rules, or a
/// validation error naming the field at fault (kind, geometry or heights).
std::variant<std::int64_t, errors::ApiError> partAreaDm2(const nlohmann::json& fields);

/// area_mismatch when the device sent an area_dm2 that differs from `computedDm2`: two
/// rule versions are in use and the figure must not be stored.
std::optional<errors::ApiError> checkClientArea(const nlohmann::json& clientFields,
                                                std::int64_t computedDm2);

} // namespace survey::server::sync
