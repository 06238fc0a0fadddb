// SPDX-License-Identifier: Apache-2.0
#include "position/nmea_replay.h"

#include <QFile>
#include <QNmeaPositionInfoSource>

namespace survey::device {

std::unique_ptr<QNmeaPositionInfoSource> makeNmeaReplaySource(const QString& path) {
    auto source =
        std::make_unique<QNmeaPositionInfoSource>(QNmeaPositionInfoSource::SimulationMode);
    // A child of the source, so that the file lives exactly as long as its reader.
    auto* log = new QFile(path, source.get());
    if (!log->open(QIODevice::ReadOnly))
        return nullptr;
    source->setDevice(log);
    source->setUserEquivalentRangeError(kNmeaUereM);
    return source;
}

} // namespace survey::device
