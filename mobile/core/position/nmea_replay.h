// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <memory>

class QNmeaPositionInfoSource;

namespace survey::device {

/// User-equivalent range error (1σ, metres) that turns an NMEA HDOP into a horizontal
/// accuracy. 5.1 m is the error budget of a standalone single-frequency GPS receiver
/// (ephemeris, satellite clock, ionosphere, troposphere, multipath, receiver noise added
/// as root-sum-square; S. Wormley, "GPS Errors & Estimating Your Receiver's Accuracy"),
/// the value Qt documents as typical. Qt reports 2 × HDOP × UERE, a radius holding the
/// true position about 95 % of the time (2DRMS): HDOP 1.0 gives 10.2 m, so the default
/// project limit of 15 m accepts HDOP up to about 1.47 and refuses a canyon fix of HDOP 8
/// (81.6 m). We keep the cautious 95 % figure because a stamped position is evidence; a
/// project that needs a looser limit says so in gps_max_accuracy_m.
inline constexpr double kNmeaUereM = 5.1;

/// A source that replays the recorded NMEA log at `path` at the pace it was recorded
/// (QNmeaPositionInfoSource::SimulationMode), with accuracy from kNmeaUereM; nullptr when
/// the file cannot be read. The source owns the open file.
std::unique_ptr<QNmeaPositionInfoSource> makeNmeaReplaySource(const QString& path);

} // namespace survey::device
