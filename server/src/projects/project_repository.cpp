// SPDX-License-Identifier: Apache-2.0
#include "projects/project_repository.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "common/random_ids.h"
#include "common/utc_time.h"

#include <stdexcept>

namespace survey::server::projects {

nlohmann::json toJson(const Project& p) {
    return {{"id", p.id},
            {"code", p.code},
            {"name", p.name},
            {"freeze_date", p.freezeDate ? nlohmann::json(*p.freezeDate) : nlohmann::json()},
            {"area_grade", p.areaGrade},
            {"gps_max_accuracy_m", p.gpsMaxAccuracyM},
            {"gps_max_age_s", p.gpsMaxAgeS}};
}

std::vector<Project> ProjectRepository::select(const std::string& where, const std::string& arg) {
    auto q = db_.prepareCached("SELECT p.id, p.code, p.name, p.freeze_date, p.area_grade,"
                               " p.gps_max_accuracy_m, p.gps_max_age_s FROM projects p " +
                               where + " ORDER BY p.code");
    if (!arg.empty())
        q.bind(1, arg);
    std::vector<Project> out;
    while (q.step()) {
        Project p;
        p.id = q.getText(0);
        p.code = q.getText(1);
        p.name = q.getText(2);
        if (!q.isNull(3))
            p.freezeDate = q.getText(3);
        p.areaGrade = static_cast<int>(q.getInt(4));
        p.gpsMaxAccuracyM = q.getDouble(5);
        p.gpsMaxAgeS = q.getInt(6);
        out.push_back(std::move(p));
    }
    return out;
}

std::optional<Project> ProjectRepository::findById(const std::string& id) {
    auto found = select("WHERE p.id = ?", id);
    return found.empty() ? std::nullopt : std::optional<Project>(std::move(found.front()));
}

std::optional<Project> ProjectRepository::findByCode(const std::string& code) {
    auto found = select("WHERE p.code = ?", code);
    return found.empty() ? std::nullopt : std::optional<Project>(std::move(found.front()));
}

std::vector<Project> ProjectRepository::all() {
    return select("", {});
}

std::vector<Project> ProjectRepository::assignedTo(const std::string& userId) {
    return select("JOIN user_projects up ON up.project_id = p.id WHERE up.user_id = ?", userId);
}

void ProjectRepository::insert(const Project& p) {
    auto q = db_.prepare("INSERT INTO projects(id, code, name, freeze_date, area_grade,"
                         " gps_max_accuracy_m, gps_max_age_s) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, p.id).bind(2, p.code).bind(3, p.name).bind(4, p.freezeDate);
    q.bind(5, p.areaGrade).bind(6, p.gpsMaxAccuracyM).bind(7, p.gpsMaxAgeS).run();
}

std::string addProject(storage::Database& db, const std::string& code, const std::string& name,
                       const std::optional<std::string>& freezeDate, const std::string& actor) {
    if (code.empty() || name.empty())
        throw std::invalid_argument("a project needs a code and a name");
    storage::Transaction tx(db);
    ProjectRepository repo(db);
    if (repo.findByCode(code))
        throw std::invalid_argument("project " + code + " already exists");
    Project p;
    p.id = newUuid();
    p.code = code;
    p.name = name;
    p.freezeDate = freezeDate;
    repo.insert(p);
    audit::AuditWriter(db).append({actor,
                                   {},
                                   std::string(audit::actionName(audit::AuditAction::ProjectAdd)),
                                   p.id,
                                   {{"code", code}, {"name", name}}},
                                  nowIsoUtc());
    tx.commit();
    return p.id;
}

} // namespace survey::server::projects
