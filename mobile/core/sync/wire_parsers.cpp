// SPDX-License-Identifier: Apache-2.0
#include "sync/wire_parsers.h"

namespace survey::device {

using nlohmann::json;

namespace {
// A required non-empty string member.
std::optional<QString> text(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        return std::nullopt;
    return QString::fromStdString(it->get<std::string>());
}

const json* member(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
}

std::optional<ProjectInfo> parseProject(const json& p) {
    if (!p.is_object())
        return std::nullopt;
    auto id = text(p, "id"), code = text(p, "code"), name = text(p, "name");
    if (!id || !code || !name)
        return std::nullopt;
    ProjectInfo info;
    info.id = *id;
    info.code = *code;
    info.name = *name;
    if (const json* v = member(p, "area_grade")) {
        if (!v->is_number_integer())
            return std::nullopt;
        info.areaGrade = v->get<int>();
    }
    if (const json* v = member(p, "gps_max_accuracy_m")) {
        if (!v->is_number())
            return std::nullopt;
        info.gpsMaxAccuracyM = v->get<double>();
    }
    if (const json* v = member(p, "gps_max_age_s")) {
        if (!v->is_number_integer())
            return std::nullopt;
        info.gpsMaxAgeS = v->get<int>();
    }
    if (const json* v = member(p, "freeze_date")) {
        if (!v->is_string())
            return std::nullopt;
        info.freezeDate = QString::fromStdString(v->get<std::string>());
    }
    return info;
}
} // namespace

std::optional<LoginAnswer> parseLoginAnswer(const json& body) {
    auto token = text(body, "token");
    const json* user = member(body, "user");
    if (!token || !user || !user->is_object())
        return std::nullopt;
    auto name = text(*user, "name"), role = text(*user, "role");
    if (!name || !role)
        return std::nullopt;
    return LoginAnswer{*token, *name, *role};
}

std::optional<QList<ProjectInfo>> parseProjects(const json& body) {
    const json* list = member(body, "projects");
    if (!list || !list->is_array())
        return std::nullopt;
    QList<ProjectInfo> out;
    for (const auto& p : *list) {
        auto info = parseProject(p);
        if (!info)
            return std::nullopt;
        out.append(*info);
    }
    return out;
}

} // namespace survey::device
