// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "position/fix.h"

#include <optional>

class QGeoPositionInfo;

namespace survey::device {

/// The fix a Qt position update carries, or nullopt when it has no valid coordinate or
/// time. The accuracy is the source's HorizontalAccuracy attribute, taken as given.
std::optional<Fix> fixFromPositionInfo(const QGeoPositionInfo& info);

} // namespace survey::device
