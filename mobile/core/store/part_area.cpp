// SPDX-License-Identifier: Apache-2.0
#include "store/part_area.h"

#include <stdexcept>

namespace survey::device {

using nlohmann::json;

namespace {
bool isInt(const json& v) {
    return v.is_number_integer();
}

// Reads an optional integer field; false when present with another type.
bool readOptional(const json& fields, const char* key, std::optional<std::int64_t>& out) {
    auto it = fields.find(key);
    if (it == fields.end() || it->is_null())
        return true;
    if (!isInt(*it))
        return false;
    out = it->get<std::int64_t>();
    return true;
}

// The geometry of a part, or an error message when a field has the wrong shape.
std::string readGeometry(const json& fields, measure::PartGeometry& g) {
    auto kind = fields.find("kind");
    if (kind == fields.end() || !kind->is_string())
        return "缺少部位类型";
    auto parsed = measure::partKindFromCode(kind->get<std::string>());
    if (!parsed)
        return "未知部位类型 " + kind->get<std::string>();
    g.kind = *parsed;
    if (auto it = fields.find("lengths_mm"); it != fields.end() && !it->is_null()) {
        if (!it->is_array())
            return "边长格式错误";
        for (const auto& v : *it) {
            if (!isInt(v))
                return "边长格式错误";
            g.lengthsMm.push_back(v.get<std::int64_t>());
        }
    }
    if (auto it = fields.find("vertices_mm"); it != fields.end() && !it->is_null()) {
        if (!it->is_array())
            return "顶点格式错误";
        for (const auto& p : *it) {
            if (!p.is_array() || p.size() != 2 || !isInt(p[0]) || !isInt(p[1]))
                return "顶点格式错误";
            g.verticesMm.push_back({p[0].get<std::int64_t>(), p[1].get<std::int64_t>()});
        }
    }
    if (!readOptional(fields, "height_mm", g.heightMm) ||
        !readOptional(fields, "sill_mm", g.sillMm))
        return "高度格式错误";
    return {};
}
} // namespace

measure::PartArea computedArea(const json& partFields) {
    measure::PartGeometry geometry;
    if (!partFields.is_object()) {
        measure::PartArea bad;
        bad.error = "部位数据格式错误";
        return bad;
    }
    if (auto error = readGeometry(partFields, geometry); !error.empty()) {
        measure::PartArea bad;
        bad.error = std::move(error);
        return bad;
    }
    // Projects carry no factor overrides yet, so the standard's rules apply as on the server.
    return measure::computePartArea(geometry);
}

json withComputedArea(const json& partFields) {
    const measure::PartArea area = computedArea(partFields);
    if (!area.ok)
        throw std::invalid_argument(area.error);
    json out = partFields;
    out["area_dm2"] = area.areaDm2;
    return out;
}

} // namespace survey::device
