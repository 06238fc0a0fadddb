// SPDX-License-Identifier: Apache-2.0
#include "notices/registration_buildings.h"

#include "notices/measured_area.h"
#include "survey/households/codes.h"

#include <string>

namespace survey::notices {

namespace {
using households::BuildingRecord;
using households::PartRecord;

constexpr const char* kNone = "—";

std::string orNone(std::string_view s) {
    return s.empty() ? kNone : std::string(s);
}

std::string floorLabel(int floor) {
    return floor < 0 ? "地下" + std::to_string(-floor) : std::to_string(floor);
}

std::string partLabel(const PartRecord& p) {
    const auto kind = measure::partKindFromCode(p.kind);
    std::string label = kind ? std::string(measure::partKindLabel(*kind)) : p.kind;
    if (!p.note.empty())
        label += "（" + p.note + "）";
    return label;
}

/// Metres as measured: two decimals for whole centimetres, three when the tape gave
/// millimetres, so that the printed figures never hide what the area was computed from.
std::string metres(std::int64_t mm) {
    if (mm % 10 == 0)
        return measure::formatMm(mm);
    const std::int64_t abs = mm < 0 ? -mm : mm;
    return (mm < 0 ? "-" : "") + std::to_string(abs / 1000) + "." +
           std::to_string(1000 + abs % 1000).substr(1);
}

std::string dimensions(const PartRecord& p) {
    if (!p.verticesMm.empty())
        return "多边形 " + std::to_string(p.verticesMm.size()) + " 点";
    std::string out;
    for (const auto mm : p.lengthsMm)
        out += (out.empty() ? "" : " × ") + metres(mm);
    return orNone(out);
}

std::string heights(const PartRecord& p) {
    std::string out = p.heightMm ? metres(*p.heightMm) : "";
    if (p.sillMm)
        out += (out.empty() ? "" : " ") + std::string("窗台 ") + metres(*p.sillMm);
    return orNone(out);
}

std::string buildingTitle(const BuildingRecord& b) {
    return "第 " + std::to_string(b.no) + " 幢";
}

std::string floors(const BuildingRecord& b) {
    std::string out;
    if (b.floorsAbove)
        out = "地上 " + std::to_string(*b.floorsAbove) + " 层";
    if (b.floorsBelow && *b.floorsBelow > 0)
        out += (out.empty() ? "" : "，") + std::string("地下 ") + std::to_string(*b.floorsBelow) +
               " 层";
    return orNone(out);
}

std::string registered(const BuildingRecord& b) {
    if (!b.registered)
        return kNone;
    return *b.registered ? "有证" : "无证";
}

std::string optArea(const std::optional<std::int64_t>& dm2) {
    return dm2 ? measure::formatDm2(*dm2) : kNone;
}

Section factsSection(const BuildingRecord& b, std::int64_t measuredDm2) {
    using households::labelFor;
    KeyValueBlock kv;
    kv.rows = {
        {"结构", orNone(labelFor(households::structureCodes(), b.structure))},
        {"层数", floors(b)},
        {"建成年份", b.yearBuilt ? std::to_string(*b.yearBuilt) : kNone},
        {"登记情况", registered(b)},
        {"批准用途", orNone(labelFor(households::useCodes(), b.approvedUse))},
        {"实际用途", orNone(labelFor(households::useCodes(), b.actualUse))},
        {"朝向", orNone(b.orientation)},
        {"认定状态", orNone(labelFor(households::recognitionCodes(), b.recognition))},
        // Certificate and measured area are two facts that are compared in review, never
        // one figure: each keeps its own line.
        {"证载建筑面积(m²)", optArea(b.certAreaDm2)},
        {"实测建筑面积(m²)", measure::formatDm2(measuredDm2)},
    };
    return {buildingTitle(b) + " 基本情况", kv};
}

/// The parts table of one building; returns the building's measured area through `sumDm2`.
Section partsSection(const BuildingRecord& b, const measure::AreaSettings& settings,
                     std::int64_t& sumDm2) {
    Table t;
    t.columns = {{"楼层", 4},         {"部位", 12},     {"尺寸(m)", 10},
                 {"层高/净高(m)", 9}, {"计算规则", 19}, {"面积(m²)", 8, true}};
    std::vector<std::int64_t> areas;
    for (const auto& p : b.parts) {
        const auto a = partArea(p, settings);
        if (a.ok)
            areas.push_back(a.areaDm2);
        t.rows.push_back({{floorLabel(p.floor), partLabel(p), dimensions(p), heights(p),
                           a.ok ? a.rule : "无法计算：" + a.error,
                           a.ok ? measure::formatDm2(a.areaDm2) : kNone}});
    }
    sumDm2 = measure::sumDm2(areas);
    t.rows.push_back({{"小计", "", "", "", "", measure::formatDm2(sumDm2)}, true});
    return {buildingTitle(b) + " 测量部位", t};
}

Section summarySection(const std::vector<BuildingRecord>& buildings,
                       const std::vector<std::int64_t>& measuredDm2) {
    Table t;
    t.columns = {{"幢号", 2},
                 {"结构", 5},
                 {"登记情况", 3},
                 {"认定状态", 5},
                 {"证载建筑面积(m²)", 5, true},
                 {"实测建筑面积(m²)", 5, true}};
    std::vector<std::int64_t> certs;
    for (std::size_t i = 0; i < buildings.size(); ++i) {
        const auto& b = buildings[i];
        if (b.certAreaDm2)
            certs.push_back(*b.certAreaDm2);
        t.rows.push_back(
            {{std::to_string(b.no),
              orNone(households::labelFor(households::structureCodes(), b.structure)),
              registered(b),
              orNone(households::labelFor(households::recognitionCodes(), b.recognition)),
              optArea(b.certAreaDm2), measure::formatDm2(measuredDm2[i])}});
    }
    // The household total is the sum of the per-part rounded areas (domain.md §5), which is
    // the sum of the building subtotals.
    t.rows.push_back(
        {{"合计", "", "", "", certs.empty() ? kNone : measure::formatDm2(measure::sumDm2(certs)),
          measure::formatDm2(measure::sumDm2(measuredDm2))},
         true});
    return {"面积汇总", t};
}
} // namespace

std::vector<Section> buildingSections(const std::vector<BuildingRecord>& buildings,
                                      const measure::AreaSettings& settings) {
    std::vector<Section> out;
    std::vector<std::int64_t> measured;
    for (const auto& b : buildings) {
        std::int64_t sum = 0;
        Section parts = partsSection(b, settings, sum);
        out.push_back(factsSection(b, sum));
        out.push_back(std::move(parts));
        measured.push_back(sum);
    }
    out.push_back(summarySection(buildings, measured));
    return out;
}

} // namespace survey::notices
