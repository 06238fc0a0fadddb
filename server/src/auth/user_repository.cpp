// SPDX-License-Identifier: Apache-2.0
#include "auth/user_repository.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "auth/password_hash.h"
#include "common/random_ids.h"
#include "common/utc_time.h"
#include "projects/project_repository.h"

#include <stdexcept>

namespace survey::server::auth {

namespace {
void requireStrongEnough(const std::string& password) {
    if (utf8Length(password) < kMinPasswordLength)
        throw std::invalid_argument("password must have at least " +
                                    std::to_string(kMinPasswordLength) + " characters");
}
} // namespace

std::optional<User> UserRepository::findWhere(const char* column, const std::string& value) {
    auto q =
        db_.prepareCached(std::string("SELECT id, username, name, role, password_hash, disabled"
                                      " FROM users WHERE ") +
                          column + " = ?");
    q.bind(1, value);
    if (!q.step())
        return std::nullopt;
    User u;
    u.id = q.getText(0);
    u.username = q.getText(1);
    u.name = q.getText(2);
    // The schema's CHECK keeps role to the three names.
    u.role = roleFromName(q.getText(3)).value_or(Role::Surveyor);
    u.passwordHash = q.getText(4);
    u.disabled = q.getInt(5) != 0;
    return u;
}

std::optional<User> UserRepository::findByUsername(const std::string& username) {
    return findWhere("username", username);
}

std::optional<User> UserRepository::findById(const std::string& id) {
    return findWhere("id", id);
}

void UserRepository::insert(const User& user) {
    auto q = db_.prepare("INSERT INTO users(id, username, name, role, password_hash, disabled)"
                         " VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, user.id).bind(2, user.username).bind(3, user.name).bind(4, roleName(user.role));
    q.bind(5, user.passwordHash).bind(6, user.disabled ? 1 : 0).run();
}

void UserRepository::setPasswordHash(const std::string& userId, const std::string& passwordHash) {
    auto q = db_.prepare("UPDATE users SET password_hash = ? WHERE id = ?");
    q.bind(1, passwordHash).bind(2, userId).run();
}

void UserRepository::assignProject(const std::string& userId, const std::string& projectId) {
    auto q = db_.prepare("INSERT OR IGNORE INTO user_projects(user_id, project_id) VALUES (?, ?)");
    q.bind(1, userId).bind(2, projectId).run();
}

bool UserRepository::isAssigned(const std::string& userId, const std::string& projectId) {
    auto q = db_.prepareCached("SELECT 1 FROM user_projects WHERE user_id = ? AND project_id = ?");
    q.bind(1, userId).bind(2, projectId);
    return q.step();
}

std::string addUser(storage::Database& db, const NewUser& request, const std::string& actor) {
    if (request.username.empty())
        throw std::invalid_argument("username must not be empty");
    requireStrongEnough(request.password);
    // Hashing takes a while; do it before taking the write lock.
    User user{newUuid(),
              request.username,
              request.name.empty() ? request.username : request.name,
              request.role,
              hashPassword(request.password),
              false};

    storage::Transaction tx(db);
    UserRepository users(db);
    if (users.findByUsername(user.username))
        throw std::invalid_argument("user " + user.username + " already exists");
    users.insert(user);
    projects::ProjectRepository projectsRepo(db);
    nlohmann::json assigned = nlohmann::json::array();
    for (const auto& code : request.projectCodes) {
        auto project = projectsRepo.findByCode(code);
        if (!project)
            throw std::invalid_argument("no project with code " + code);
        users.assignProject(user.id, project->id);
        assigned.push_back(code);
    }
    audit::AuditWriter(db).append(
        {actor,
         {},
         std::string(audit::actionName(audit::AuditAction::UserAdd)),
         user.id,
         {{"username", user.username}, {"role", roleName(user.role)}, {"projects", assigned}}},
        nowIsoUtc());
    tx.commit();
    return user.id;
}

void resetPassword(storage::Database& db, const std::string& userId, const std::string& password,
                   const std::string& actor) {
    requireStrongEnough(password);
    const std::string hash = hashPassword(password);
    storage::Transaction tx(db);
    UserRepository(db).setPasswordHash(userId, hash);
    audit::AuditWriter(db).append(
        {actor,
         {},
         std::string(audit::actionName(audit::AuditAction::UserPasswordReset)),
         userId,
         nlohmann::json::object()},
        nowIsoUtc());
    tx.commit();
}

} // namespace survey::server::auth
