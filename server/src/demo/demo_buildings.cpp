// SPDX-License-Identifier: Apache-2.0
#include "demo/demo_buildings.h"

#include "survey/measure/area_rules.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace survey::server::demo {

using measure::PartKind;
using nlohmann::json;

namespace {
/// One measured part before it becomes a change.
struct DemoPart {
    int floor = 1;
    PartKind kind = PartKind::Room;
    std::int64_t width = 0, depth = 0;
    std::optional<std::int64_t> height, sill;
    std::string note;
};

constexpr std::array<std::string_view, 4> kOrientations = {"坐北朝南", "坐西朝东", "坐东朝西",
                                                           "坐南朝北"};

std::int64_t areaOf(const DemoPart& p) {
    measure::PartGeometry g{p.kind, {p.width, p.depth}, {}, p.height, p.sill};
    const auto area = measure::computePartArea(g);
    if (!area.ok)
        throw std::logic_error("demo part has invalid geometry: " + area.error);
    return area.areaDm2;
}

// Old houses often have a low upper storey; 2.15 m counts at half (GB/T 50353).
std::int64_t storeyHeight(DemoBatch& b, int floor, bool lowUpperStorey) {
    return floor > 1 && lowUpperStorey ? 2150 : b.lengthMm(2800, 3300);
}

std::vector<DemoPart> mainHouseParts(DemoBatch& b, int floors) {
    const bool low = b.chance(20);
    std::vector<DemoPart> parts;
    parts.push_back({1,
                     PartKind::Room,
                     b.lengthMm(3300, 4800),
                     b.lengthMm(4200, 6000),
                     storeyHeight(b, 1, low),
                     {},
                     "堂屋"});
    parts.push_back({1,
                     PartKind::Room,
                     b.lengthMm(2400, 3300),
                     b.lengthMm(3000, 4200),
                     storeyHeight(b, 1, low),
                     {},
                     "厨房"});
    if (floors >= 2) {
        parts.push_back({1,
                         PartKind::Stair,
                         b.lengthMm(2200, 2600),
                         b.lengthMm(3600, 4500),
                         storeyHeight(b, 1, low),
                         {},
                         "楼梯间"});
        parts.push_back({2,
                         PartKind::Room,
                         b.lengthMm(3300, 4800),
                         b.lengthMm(4200, 6000),
                         storeyHeight(b, 2, low),
                         {},
                         "卧室"});
        parts.push_back({2,
                         PartKind::BalconyOutside,
                         b.lengthMm(1200, 1500),
                         b.lengthMm(3000, 3900),
                         {},
                         {},
                         "挑阳台"});
    }
    if (floors >= 3)
        parts.push_back({3,
                         PartKind::Room,
                         b.lengthMm(3300, 4800),
                         b.lengthMm(4200, 6000),
                         storeyHeight(b, 3, low),
                         {},
                         "卧室"});
    if (b.chance(40))
        parts.push_back({floors, PartKind::BayWindow, b.lengthMm(1500, 2100), b.lengthMm(500, 700),
                         b.lengthMm(2100, 2300), b.lengthMm(350, 500), "飘窗"});
    if (b.chance(30))
        parts.push_back({floors + 1,
                         PartKind::SlopedRoof,
                         b.lengthMm(3000, 4500),
                         b.lengthMm(4000, 6000),
                         b.lengthMm(1500, 2300),
                         {},
                         "坡屋顶阁楼"});
    if (parts.size() > 6)
        parts.resize(6);
    if (parts.size() < 3)
        parts.push_back({1,
                         PartKind::Room,
                         b.lengthMm(2400, 3600),
                         b.lengthMm(3000, 4200),
                         storeyHeight(b, 1, low),
                         {},
                         "卧室"});
    return parts;
}

std::vector<DemoPart> annexParts(DemoBatch& b) {
    // A self-built single-storey annex, often too low for a full count.
    std::vector<DemoPart> parts;
    const std::int64_t height = b.chance(60) ? 2150 : b.lengthMm(2300, 2600);
    const int rooms = b.between(3, 4);
    for (int i = 0; i < rooms; ++i)
        parts.push_back({1,
                         i == rooms - 1 ? PartKind::Other : PartKind::Room,
                         b.lengthMm(2000, 3200),
                         b.lengthMm(2400, 3600),
                         height,
                         {},
                         i == rooms - 1 ? "杂物间" : "附房"});
    return parts;
}

json partFields(const std::string& buildingId, const DemoPart& p) {
    json f = {{"building_id", buildingId},
              {"floor", p.floor},
              {"kind", measure::partKindCode(p.kind)},
              {"lengths_mm", {p.width, p.depth}},
              {"area_dm2", areaOf(p)},
              {"note", p.note}};
    if (p.height)
        f["height_mm"] = *p.height;
    if (p.sill)
        f["sill_mm"] = *p.sill;
    return f;
}

void addBuilding(DemoBatch& b, const std::string& householdId, int no, bool annex,
                 const std::string& actualUse) {
    const int floors = annex ? 1 : b.between(1, 3);
    const auto parts = annex ? annexParts(b) : mainHouseParts(b, floors);
    std::int64_t measured = 0;
    for (const auto& p : parts)
        measured += areaOf(p);
    const bool registered = !annex && b.chance(85);
    json fields = {
        {"household_id", householdId},
        {"no", no},
        {"structure", annex ? (b.chance(50) ? "05" : "06") : (b.chance(60) ? "04" : "05")},
        {"floors_above", floors},
        {"floors_below", 0},
        {"year_built", annex ? b.between(1995, 2012) : b.between(1958, 2005)},
        {"registered", registered},
        {"measured_area_dm2", measured},
        {"approved_use", "residential"},
        {"actual_use", annex ? "other" : actualUse},
        {"orientation", b.pick(std::span<const std::string_view>(kOrientations))},
        {"recognition", registered ? "registered" : "pending"}};
    // Certificates from older surveys differ a little from today's tape; a few by more
    // than the grade-2 tolerance, so the review has 面积差异 cases to look at.
    if (registered)
        fields["cert_area_dm2"] = measured * b.between(94, 104) / 100;
    const std::string buildingId = b.create("building", std::move(fields));
    for (const auto& p : parts)
        b.create("part", partFields(buildingId, p));
}
} // namespace

void addDemoBuildings(DemoBatch& batch, const std::string& householdId,
                      const std::string& actualUse) {
    addBuilding(batch, householdId, 1, false, actualUse);
    if (batch.chance(40))
        addBuilding(batch, householdId, 2, true, actualUse);
}

} // namespace survey::server::demo
