// SPDX-License-Identifier: Apache-2.0
#include "survey/measure/readings.h"

#include "survey/measure/area_rules.h"

#include <stdexcept>

namespace survey::measure {

ReadingCheck checkTwoReadings(std::int64_t firstMm, std::int64_t secondMm) {
    for (auto reading : {firstMm, secondMm})
        if (reading < 0 || reading > kMaxLengthMm)
            throw std::invalid_argument("reading out of range");
    const std::int64_t sum = firstMm + secondMm;
    const std::int64_t difference = firstMm > secondMm ? firstMm - secondMm : secondMm - firstMm;
    // Tolerance in mm is 20 + mean/2000 with mean = sum/2. Comparing against the exact mean
    // (scaled by 4000) rather than the rounded one keeps a 21 mm difference at a mean of
    // 1999.5 mm (tolerance 20.99975 mm) flagged.
    return ReadingCheck{
        .meanMm = (sum + 1) / 2,
        .differenceMm = difference,
        .toleranceMm = 20 + sum / 4000,
        .remeasure = difference * 4000 > 80'000 + sum,
    };
}

} // namespace survey::measure
