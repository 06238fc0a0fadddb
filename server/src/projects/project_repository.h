// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace survey::server::projects {

/// A project as the API lists it.
struct Project {
    std::string id, code, name;
    std::optional<std::string> freezeDate; ///< 冻结日期 (Art. 16), YYYY-MM-DD
    int areaGrade = 2;
    double gpsMaxAccuracyM = 15;
    std::int64_t gpsMaxAgeS = 60;
};

/// Wire JSON of a project for GET /api/v1/projects.
nlohmann::json toJson(const Project& project);

/// Reads and creates projects.
class ProjectRepository {
  public:
    explicit ProjectRepository(storage::Database& db) : db_(db) {}

    /// The project with this id, if any.
    std::optional<Project> findById(const std::string& id);
    /// The project with this code (unique), if any.
    std::optional<Project> findByCode(const std::string& code);
    /// Every project, by code.
    std::vector<Project> all();
    /// The projects a user is assigned to, by code.
    std::vector<Project> assignedTo(const std::string& userId);
    /// Inserts a new project row; the caller checks that the code is free.
    void insert(const Project& project);

  private:
    std::vector<Project> select(const std::string& where, const std::string& arg);
    storage::Database& db_;
};

/// Creates a project with a new id and an audit row in one transaction and returns the id.
/// Throws std::invalid_argument (nothing written) when the code is taken or empty.
std::string addProject(storage::Database& db, const std::string& code, const std::string& name,
                       const std::optional<std::string>& freezeDate, const std::string& actor);

} // namespace survey::server::projects
