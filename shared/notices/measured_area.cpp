// SPDX-License-Identifier: Apache-2.0
#include "notices/measured_area.h"

#include <vector>

namespace survey::notices {

// The stored area_dm2 of a part is deliberately ignored: it is a figure some client
// computed, possibly with an older rule version, and every notice must print what the rules
// give from the measurements so that the tablet and the server print the same digits
// (design.md §3 rejects disagreeing client figures for that reason).
measure::PartArea partArea(const households::PartRecord& part,
                           const measure::AreaSettings& settings) {
    const auto kind = measure::partKindFromCode(part.kind);
    if (!kind) {
        measure::PartArea unknown;
        unknown.error = "未知部位类型 " + part.kind;
        return unknown;
    }
    return measure::computePartArea(
        {*kind, part.lengthsMm, part.verticesMm, part.heightMm, part.sillMm}, settings);
}

MeasuredArea measuredArea(const households::BuildingRecord& building,
                          const measure::AreaSettings& settings) {
    std::vector<std::int64_t> areas;
    MeasuredArea out;
    for (const auto& p : building.parts) {
        const auto a = partArea(p, settings);
        if (a.ok)
            areas.push_back(a.areaDm2);
        else
            ++out.failedParts;
    }
    out.dm2 = measure::sumDm2(areas);
    return out;
}

MeasuredArea& operator+=(MeasuredArea& a, const MeasuredArea& b) {
    a.dm2 += b.dm2;
    a.failedParts += b.failedParts;
    return a;
}

std::string formatMeasured(const MeasuredArea& area) {
    return measure::formatDm2(area.dm2) + (area.failedParts > 0 ? "*" : "");
}

} // namespace survey::notices
