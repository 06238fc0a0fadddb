// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <string>
#include <vector>

namespace survey::server::demo {

/// Code and name of the demo project.
inline constexpr std::string_view kDemoProjectCode = "DEMO";
inline constexpr std::string_view kDemoProjectName = "示范路片区旧城改造项目";
inline constexpr int kDemoHouseholds = 40;

/// A demo account and the password it was just given.
struct DemoLogin {
    std::string username, password;
};

/// What `survey-server demo` did.
struct DemoReport {
    std::string projectId;
    int householdsCreated = 0; ///< 0 when the project already had households
    int changesApplied = 0;
    std::vector<DemoLogin> logins;
};

/// Creates (or reuses) the DEMO project, its households through the push service as a
/// surveyor and a reviewer would push them, the accounts surveyor1, reviewer1, department1
/// (认定部门) and admin1 with fresh random passwords, all but the admin assigned to DEMO, and
/// the team 第一调查组 with surveyor1 in it. Running it again adds no households; it resets
/// the demo accounts' passwords and assigns them to DEMO again. Throws if the push rejects any demo
/// change (a bug).
DemoReport generateDemo(storage::Database& db, std::uint32_t seed = 20240315);

} // namespace survey::server::demo
