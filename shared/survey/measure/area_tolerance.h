// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>

namespace survey::measure {

/// Largest certificate or measured area accepted, in 0.01 m² (10^9 m²); bounds the
/// integer square root below.
inline constexpr std::int64_t kMaxCertifiedDm2 = 100'000'000'000;

/// Certificate area against measured area, with the GB/T 17986 grade tolerance.
struct AreaDifference {
    std::int64_t differenceDm2 = 0; ///< measured − certificate, in 0.01 m²
    std::int64_t toleranceDm2 = 0;  ///< the grade's tolerance at the certificate area, rounded down
    bool flagged = false;           ///< |difference| > tolerance: 面积差异, to be reviewed
};

/// Compares a measured area with the certificate by GB/T 17986 grade 1, 2 or 3
/// (tolerance a·√S + b·S m², S the certificate area in m²).
/// Throws std::invalid_argument for another grade or areas outside 0..kMaxCertifiedDm2.
AreaDifference compareCertifiedArea(int grade, std::int64_t certDm2, std::int64_t measuredDm2);

} // namespace survey::measure
