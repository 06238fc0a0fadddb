// SPDX-License-Identifier: Apache-2.0
#include "position/fix_policy.h"

#include <cmath>

namespace survey::device {

namespace {

bool hasPosition(const Fix& fix) {
    return std::isfinite(fix.latitude) && std::isfinite(fix.longitude) &&
           std::abs(fix.latitude) <= 90 && std::abs(fix.longitude) <= 180 && fix.time.isValid();
}

} // namespace

FixVerdict judgeFix(const std::optional<Fix>& fix, const QDateTime& now,
                    const ProjectInfo& project) {
    FixVerdict verdict;
    if (!fix || !hasPosition(*fix) || !now.isValid())
        return verdict;
    // A negative or NaN radius is a source's way of saying "unknown".
    if (const auto a = fix->horizontalAccuracyM; a && std::isfinite(*a) && *a >= 0)
        verdict.accuracyM = *a;
    // A receiver's clock may run slightly ahead of the tablet's: such a fix is brand new,
    // not negative seconds old. Whole seconds, so that the limit means what the badge shows.
    verdict.ageS = std::max<qint64>(0, fix->time.msecsTo(now) / 1000);

    if (*verdict.ageS > project.gpsMaxAgeS)
        verdict.status = FixStatus::Stale;
    else if (!verdict.accuracyM || *verdict.accuracyM > project.gpsMaxAccuracyM)
        verdict.status = FixStatus::Inaccurate;
    else
        verdict.status = FixStatus::Accepted;
    return verdict;
}

} // namespace survey::device
