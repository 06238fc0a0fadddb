// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/measure/area_rules.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace survey::device {
class LocalStore;
}

namespace survey::app {

/// What the height field of a part kind means, if the kind's rule needs one.
enum class HeightMeaning { None, Storey, Clear };

HeightMeaning heightMeaning(measure::PartKind kind);
/// Only bay windows need the sill height.
bool needsSill(measure::PartKind kind);

/// The geometry of a stored part record (rectangle or polygon, heights), or nullopt when
/// its kind is unknown to this app version.
std::optional<measure::PartGeometry> partGeometry(const nlohmann::json& fields);

/// Sets the building's measured area (实测建筑面积) to the sum of its parts' stored,
/// already rounded areas, and returns that sum. The certificate area is never touched.
std::int64_t updateMeasuredArea(device::LocalStore& store, const QString& buildingId);

} // namespace survey::app
