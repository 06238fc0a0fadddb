// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/measure/area_rules.h"

#include <nlohmann/json.hpp>

namespace survey::device {

/// The shared area rule applied to a part's wire fields (kind, lengths_mm or vertices_mm,
/// height_mm, sill_mm): the figure and the rule text the measurement screen shows live.
/// Not ok (with a Chinese message) when the kind is unknown or the geometry incomplete.
measure::PartArea computedArea(const nlohmann::json& partFields);

/// `partFields` with area_dm2 set by the shared rule. The server recomputes every part area
/// and rejects a figure that differs, so the tablet never sends one of its own making.
/// LocalStore::save calls this for every part; screens need it only to preview.
/// Throws std::invalid_argument with the rule's message when no area can be computed.
nlohmann::json withComputedArea(const nlohmann::json& partFields);

} // namespace survey::device
