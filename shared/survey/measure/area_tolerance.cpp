// SPDX-License-Identifier: Apache-2.0
#include "survey/measure/area_tolerance.h"

#include <stdexcept>

namespace survey::measure {

namespace {

// The tolerance in units of 10^-4 dm² is k·√C + m·C, C the certificate area in dm²:
// with S = C/100 m², 100·(a·√S + b·S) dm² = 10·a·√C + b·C, scaled by 10^4.
struct GradeCoefficients {
    std::int64_t k;
    std::int64_t m;
};

GradeCoefficients coefficients(int grade) {
    switch (grade) {
    case 1: // 0.01·√S + 0.0003·S
        return {1'000, 3};
    case 2: // 0.02·√S + 0.001·S
        return {2'000, 10};
    case 3: // 0.04·√S + 0.003·S
        return {4'000, 30};
    default:
        throw std::invalid_argument("area tolerance grade must be 1, 2 or 3");
    }
}

// floor(√n) for n ≥ 0, by bisection on integers.
std::int64_t isqrt(std::int64_t n) {
    std::int64_t low = 0;
    std::int64_t high = 3'037'000'500; // floor(√INT64_MAX) + 1: mid² cannot overflow
    while (high - low > 1) {
        const std::int64_t mid = low + (high - low) / 2;
        if (mid * mid <= n)
            low = mid;
        else
            high = mid;
    }
    return low;
}

} // namespace

// Exact in integers rather than in floating point: the tablet (ARM) and the server (x86)
// disagree on long double, and a double sum such as 0.01·√10000 + 0.0003·10000 lands just
// below 4 m², which would flag a difference of exactly the tolerance. Since floor(k·√C) is
// isqrt(k²·C) and m·C is an integer, floor((k·√C + m·C) / 10^4) is exact; and because the
// difference is a whole number of dm², |d| > tolerance ⇔ |d| > floor(tolerance).
AreaDifference compareCertifiedArea(int grade, std::int64_t certDm2, std::int64_t measuredDm2) {
    const auto [k, m] = coefficients(grade);
    for (auto area : {certDm2, measuredDm2})
        if (area < 0 || area > kMaxCertifiedDm2)
            throw std::invalid_argument("area out of range");
    static_assert(kMaxCertifiedDm2 <= INT64_MAX / (4'000 * 4'000));
    const std::int64_t tolerance = (isqrt(k * k * certDm2) + m * certDm2) / 10'000;
    const std::int64_t difference = measuredDm2 - certDm2;
    return AreaDifference{
        .differenceDm2 = difference,
        .toleranceDm2 = tolerance,
        .flagged = (difference < 0 ? -difference : difference) > tolerance,
    };
}

} // namespace survey::measure
