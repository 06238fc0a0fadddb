// SPDX-License-Identifier: Apache-2.0
#include "store/input_rules.h"

#include "survey/identity/id_number.h"

#include <stdexcept>

namespace survey::device {

using nlohmann::json;

namespace {
// The fields holding resident ID numbers, per entity.
const char* idNumberField(std::string_view entity) {
    if (entity == "household")
        return "head_id_number";
    if (entity == "member")
        return "id_number";
    return nullptr;
}
} // namespace

json checkedInput(const records::EntitySpec& entity, const json& fields) {
    json out = fields;
    const char* key = idNumberField(entity.name);
    if (!key)
        return out;
    auto it = out.find(key);
    if (it == out.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        return out;
    const auto check =
        identity::validateIdNumber(it->get<std::string>(), identity::todayYyyymmdd());
    if (!check.valid)
        throw std::invalid_argument(check.message);
    *it = check.normalized;
    return out;
}

} // namespace survey::device
