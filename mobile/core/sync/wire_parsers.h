// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store_types.h"

#include <QList>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace survey::device {

/// The parts of a login answer the tablet uses.
struct LoginAnswer {
    QString token, userName, role;
};

/// {token, expires_at, user:{id, name, role}} → the answer, or nullopt when malformed.
std::optional<LoginAnswer> parseLoginAnswer(const nlohmann::json& body);

/// {projects:[{id, code, name, freeze_date, area_grade, gps_max_accuracy_m,
/// gps_max_age_s}]} → the projects, or nullopt when malformed. Settings the server leaves
/// out keep the tablet's defaults.
std::optional<QList<ProjectInfo>> parseProjects(const nlohmann::json& body);

} // namespace survey::device
