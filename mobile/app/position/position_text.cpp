// SPDX-License-Identifier: Apache-2.0
#include "position/position_text.h"

namespace survey::app {

QString PositionText::accuracy(std::optional<double> metres) {
    if (!metres)
        return tr("±? m");
    return tr("±%1 m").arg(*metres, 0, 'f', *metres < 10 ? 1 : 0);
}

QString PositionText::age(qint64 seconds) {
    if (seconds < 100)
        return tr("%1 s").arg(seconds);
    if (seconds < 100 * 60)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 h").arg(seconds / 3600);
}

QString PositionText::coordinates(double latitude, double longitude) {
    return QStringLiteral("%1, %2").arg(latitude, 0, 'f', 6).arg(longitude, 0, 'f', 6);
}

} // namespace survey::app
