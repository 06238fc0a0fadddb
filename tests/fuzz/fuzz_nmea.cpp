// SPDX-License-Identifier: Apache-2.0
// NMEA from a receiver or a replayed log, through Qt's NMEA parser and the tablet's fix
// policy. The input is a stream of sentences, one a line. As QNmeaPositionInfoSource does,
// the harness carries the last RMC date to time-only sentences and the last HDOP-derived
// accuracy to sentences without one. Whatever the bytes, a fix is judged at its own time as
// accepted or inaccurate (never stale or none), accepted only with a known accuracy within
// the limit, and stale exactly one whole second after the project's maximum age.
#include "fuzz_check.h"
#include "position/fix_policy.h"
#include "position/nmea_replay.h"
#include "position/position_info_fix.h"

#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace {

using namespace survey::device;
using survey::fuzz::check;

// Qt's parser is a protected member of the source; this exposes it, with the app's UERE.
struct NmeaParser : QNmeaPositionInfoSource {
    NmeaParser() : QNmeaPositionInfoSource(RealTimeMode) {
        setUserEquivalentRangeError(kNmeaUereM);
    }
    using QNmeaPositionInfoSource::parsePosInfoFromNmeaData;
};

void judge(const Fix& fix) {
    ProjectInfo project;
    const FixVerdict now = judgeFix(fix, fix.time, project);
    check(now.status == FixStatus::Accepted || now.status == FixStatus::Inaccurate,
          "a fix judged at its own time is accepted or inaccurate");
    check(now.ageS == 0, "a fix judged at its own time is 0 s old");
    if (now.status == FixStatus::Accepted)
        check(now.accuracyM && std::isfinite(*now.accuracyM) && *now.accuracyM >= 0 &&
                  *now.accuracyM <= project.gpsMaxAccuracyM,
              "accepted only with a known accuracy within the limit");
    else
        check(!now.accuracyM || *now.accuracyM > project.gpsMaxAccuracyM,
              "inaccurate means unknown or beyond the limit");
    const auto at = [&](qint64 seconds) {
        return judgeFix(fix, fix.time.addSecs(seconds), project).status;
    };
    check(at(project.gpsMaxAgeS) == now.status, "the maximum age itself is still fresh");
    check(at(project.gpsMaxAgeS + 1) == FixStatus::Stale, "one second more is stale");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static NmeaParser parser;
    const std::string_view stream(reinterpret_cast<const char*>(data), size);
    QDate date;
    std::optional<double> accuracy;
    std::size_t begin = 0;
    while (begin < stream.size()) {
        const std::size_t end = std::min(stream.find('\n', begin), stream.size());
        const std::string_view line = stream.substr(begin, end - begin);
        begin = end + 1;

        QGeoPositionInfo info;
        bool hasFix = false;
        if (!parser.parsePosInfoFromNmeaData(line.data(), int(line.size()), &info, &hasFix))
            continue;
        const QDateTime stamp = info.timestamp();
        if (stamp.date().isValid())
            date = stamp.date();
        else if (stamp.time().isValid() && date.isValid())
            info.setTimestamp(QDateTime(date, stamp.time(), Qt::UTC));
        if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
            accuracy = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
        else if (accuracy)
            info.setAttribute(QGeoPositionInfo::HorizontalAccuracy, *accuracy);
        if (!hasFix)
            continue;
        if (const auto fix = fixFromPositionInfo(info))
            judge(*fix);
    }
    return 0;
}
