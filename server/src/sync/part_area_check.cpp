// SPDX-License-Identifier: Apache-2.0
#include "sync/part_area_check.h"

#include "survey/measure/area_rules.h"

namespace survey::server::sync {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
std::optional<std::int64_t> optionalInt(const json& fields, const char* key) {
    auto it = fields.find(key);
    if (it == fields.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

// Field types were checked against the catalogue before this runs.
measure::PartGeometry geometryOf(const json& fields, measure::PartKind kind) {
    measure::PartGeometry g;
    g.kind = kind;
    if (auto it = fields.find("lengths_mm"); it != fields.end() && it->is_array())
        for (const auto& v : *it)
            g.lengthsMm.push_back(v.get<std::int64_t>());
    if (auto it = fields.find("vertices_mm"); it != fields.end() && it->is_array())
        for (const auto& v : *it)
            g.verticesMm.push_back({v[0].get<std::int64_t>(), v[1].get<std::int64_t>()});
    g.heightMm = optionalInt(fields, "height_mm");
    g.sillMm = optionalInt(fields, "sill_mm");
    return g;
}

// Which input the rules' message is about: the shape when the shape alone fails (tried as
// a kind that needs no height), otherwise the heights.
std::string faultyField(const measure::PartGeometry& g) {
    measure::PartGeometry shapeOnly = g;
    shapeOnly.kind = measure::PartKind::BalconyInside;
    shapeOnly.heightMm.reset();
    shapeOnly.sillMm.reset();
    if (!measure::computePartArea(shapeOnly).ok)
        return g.lengthsMm.empty() && !g.verticesMm.empty() ? "vertices_mm" : "lengths_mm";
    if (g.kind == measure::PartKind::BayWindow && g.heightMm) {
        measure::PartGeometry withoutSill = g;
        withoutSill.sillMm = 0;
        if (measure::computePartArea(withoutSill).ok)
            return "sill_mm";
    }
    return "height_mm";
}
} // namespace

std::variant<std::int64_t, ApiError> partAreaDm2(const json& fields) {
    auto kindIt = fields.find("kind");
    const std::string kindCode =
        kindIt != fields.end() && kindIt->is_string() ? kindIt->get<std::string>() : "";
    auto kind = measure::partKindFromCode(kindCode);
    if (!kind)
        return ApiError{ErrorCode::Validation, "unknown part kind '" + kindCode + "'", "kind"};
    const auto geometry = geometryOf(fields, *kind);
    const auto area = measure::computePartArea(geometry);
    if (!area.ok)
        return ApiError{ErrorCode::Validation, area.error, faultyField(geometry)};
    return area.areaDm2;
}

std::optional<ApiError> checkClientArea(const json& clientFields, std::int64_t computedDm2) {
    auto it = clientFields.find("area_dm2");
    if (it == clientFields.end() || !it->is_number_integer())
        return std::nullopt;
    const std::int64_t sent = it->get<std::int64_t>();
    if (sent == computedDm2)
        return std::nullopt;
    return ApiError{ErrorCode::AreaMismatch,
                    "area_dm2 " + std::to_string(sent) + " (" + measure::formatDm2(sent) +
                        " m²) differs from " + std::to_string(computedDm2) + " (" +
                        measure::formatDm2(computedDm2) + " m²) computed by the shared rules",
                    "area_dm2"};
}

} // namespace survey::server::sync
