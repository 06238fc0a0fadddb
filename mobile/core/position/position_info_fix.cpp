// SPDX-License-Identifier: Apache-2.0
#include "position/position_info_fix.h"

#include <QGeoPositionInfo>

namespace survey::device {

std::optional<Fix> fixFromPositionInfo(const QGeoPositionInfo& info) {
    if (!info.isValid() || !info.coordinate().isValid())
        return std::nullopt;
    Fix fix;
    fix.latitude = info.coordinate().latitude();
    fix.longitude = info.coordinate().longitude();
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        fix.horizontalAccuracyM = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    fix.time = info.timestamp().toUTC();
    return fix;
}

} // namespace survey::device
