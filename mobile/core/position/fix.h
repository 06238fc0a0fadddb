// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <optional>

namespace survey::device {

/// One position fix as the tablet judges it: where, how sure, and when the receiver took it.
struct Fix {
    double latitude = 0;  ///< WGS 84 degrees, as the receiver reports them
    double longitude = 0; ///< WGS 84 degrees
    /// Horizontal accuracy radius in metres; nullopt when the source gives none.
    std::optional<double> horizontalAccuracyM;
    QDateTime time; ///< when the fix was taken (UTC)
};

} // namespace survey::device
