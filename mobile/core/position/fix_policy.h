// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "position/fix.h"
#include "store/store_types.h"

#include <QDateTime>
#include <QtGlobal>
#include <optional>

namespace survey::device {

/// Whether a fix may be stamped on a record.
enum class FixStatus {
    None,       ///< no usable fix yet (no position, no time)
    Accepted,   ///< fresh and accurate enough for the project
    Stale,      ///< older than the project's gpsMaxAgeS
    Inaccurate, ///< accuracy worse than the project's gpsMaxAccuracyM, or unknown
};

/// The decision on a fix with the figures the surveyor is shown beside it.
struct FixVerdict {
    FixStatus status = FixStatus::None;
    std::optional<double> accuracyM; ///< the fix's horizontal accuracy, when known
    std::optional<qint64> ageS;      ///< whole seconds since the fix was taken
};

/// Judges `fix` at `now` against the project's limits. A fix exactly at a limit (accuracy
/// == gpsMaxAccuracyM, age == gpsMaxAgeS whole seconds) is accepted. Staleness is judged
/// before accuracy: an old fix's accuracy says nothing about where the tablet is now.
FixVerdict judgeFix(const std::optional<Fix>& fix, const QDateTime& now,
                    const ProjectInfo& project);

} // namespace survey::device
