// SPDX-License-Identifier: Apache-2.0
#include "measure/part_fields.h"

#include "app/record_fields.h"
#include "store/local_store.h"

#include <vector>

namespace survey::app {

HeightMeaning heightMeaning(measure::PartKind kind) {
    using K = measure::PartKind;
    switch (kind) {
    case K::BalconyInside:
    case K::BalconyOutside:
        return HeightMeaning::None;
    case K::SlopedRoof:
    case K::BayWindow:
        return HeightMeaning::Clear;
    case K::Room:
    case K::Stair:
    case K::Stilt:
    case K::Other:
        break;
    }
    return HeightMeaning::Storey;
}

bool needsSill(measure::PartKind kind) {
    return kind == measure::PartKind::BayWindow;
}

std::optional<measure::PartGeometry> partGeometry(const nlohmann::json& fields) {
    const auto kind = measure::partKindFromCode(utf8(textField(fields, "kind")));
    if (!kind)
        return std::nullopt;
    measure::PartGeometry g;
    g.kind = *kind;
    // Malformed stored lists leave the geometry empty; computePartArea then says what is
    // missing instead of this code throwing from a read.
    if (const auto it = fields.find("lengths_mm"); it != fields.end() && it->is_array()) {
        for (const auto& v : *it)
            if (v.is_number_integer())
                g.lengthsMm.push_back(v.get<std::int64_t>());
    }
    if (const auto it = fields.find("vertices_mm"); it != fields.end() && it->is_array()) {
        for (const auto& v : *it)
            if (v.is_array() && v.size() == 2 && v[0].is_number_integer() &&
                v[1].is_number_integer())
                g.verticesMm.push_back({v[0].get<std::int64_t>(), v[1].get<std::int64_t>()});
    }
    g.heightMm = intField(fields, "height_mm");
    g.sillMm = intField(fields, "sill_mm");
    return g;
}

std::int64_t updateMeasuredArea(device::LocalStore& store, const QString& buildingId) {
    const auto building = store.read(QStringLiteral("building"), buildingId);
    if (!building)
        return 0;
    std::vector<std::int64_t> areas;
    for (const auto& part : store.children(QStringLiteral("part"), buildingId))
        if (!part.deleted)
            areas.push_back(intField(part.fields, "area_dm2").value_or(0));
    const std::int64_t total = measure::sumDm2(areas);
    if (intField(building->fields, "measured_area_dm2") != total)
        store.save(QString::fromStdString(building->projectId), QStringLiteral("building"),
                   buildingId, {{"measured_area_dm2", total}});
    return total;
}

} // namespace survey::app
