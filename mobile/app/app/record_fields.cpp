// SPDX-License-Identifier: Apache-2.0
#include "app/record_fields.h"

namespace survey::app {

std::string utf8(const QString& text) {
    return text.toStdString();
}

QString textField(const nlohmann::json& fields, const char* name) {
    const auto it = fields.find(name);
    if (it == fields.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

std::optional<std::int64_t> intField(const nlohmann::json& fields, const char* name) {
    const auto it = fields.find(name);
    if (it == fields.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

std::optional<double> realField(const nlohmann::json& fields, const char* name) {
    const auto it = fields.find(name);
    if (it == fields.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

nlohmann::json textValue(const QString& text) {
    const QString t = text.trimmed();
    return t.isEmpty() ? nlohmann::json() : nlohmann::json(utf8(t));
}

nlohmann::json intValue(std::optional<std::int64_t> value) {
    if (!value)
        return nullptr;
    return *value;
}

nlohmann::json realValue(std::optional<double> value) {
    if (!value)
        return nullptr;
    return *value;
}

nlohmann::json changedFields(const nlohmann::json& before, const nlohmann::json& after) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [name, value] : after.items()) {
        const auto it = before.find(name);
        const bool wasSet = it != before.end() && !it->is_null();
        if (wasSet ? *it != value : !value.is_null())
            out[name] = value;
    }
    return out;
}

} // namespace survey::app
