// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/households/household_record.h"
#include "survey/measure/area_rules.h"

#include <cstdint>
#include <string>

namespace survey::notices {

/// The counted area of one part by the shared rules, from its measurements.
measure::PartArea partArea(const households::PartRecord& part,
                           const measure::AreaSettings& settings);

/// The measured area of a building: the sum of its parts' rounded areas (domain.md §5),
/// and how many parts could not be computed and are therefore missing from that sum.
struct MeasuredArea {
    std::int64_t dm2 = 0;
    int failedParts = 0;
};

MeasuredArea measuredArea(const households::BuildingRecord& building,
                          const measure::AreaSettings& settings);

/// Adds `b` into `a` (a household's or a project's total).
MeasuredArea& operator+=(MeasuredArea& a, const MeasuredArea& b);

/// The area as printed in a table: "45.53", or "45.53*" when parts are missing from it, so
/// that an incomplete figure is never read as a complete one (see kIncompleteAreaNote).
std::string formatMeasured(const MeasuredArea& area);

/// The note that explains the * of formatMeasured.
inline constexpr const char* kIncompleteAreaNote =
    "实测面积后标“*”的，含无法按测量数据计算面积的部位，该部位未计入，须复核后更正。";

} // namespace survey::notices
