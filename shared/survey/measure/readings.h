// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace survey::measure {

/// The outcome of measuring one length twice (domain.md §5).
struct ReadingCheck {
    std::int64_t meanMm = 0;       ///< the value to record, rounded half-up to the mm
    std::int64_t differenceMm = 0; ///< |first − second|
    std::int64_t toleranceMm = 0;  ///< 20 mm + 0.0005 × mean, rounded down, for display
    bool remeasure = false;        ///< the readings differ by more than the tolerance
};

/// Checks two readings of one length against 0.02 m + 0.0005 × length.
/// Throws std::invalid_argument unless both are within 0..kMaxLengthMm.
ReadingCheck checkTwoReadings(std::int64_t firstMm, std::int64_t secondMm);

} // namespace survey::measure
