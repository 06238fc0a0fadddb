// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/roles.h"
#include "survey/storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace survey::server::auth {

/// An account as stored in `users`.
struct User {
    std::string id, username, name;
    Role role = Role::Surveyor;
    std::string passwordHash;
    bool disabled = false;
};

/// Reads and writes accounts and their project assignments.
class UserRepository {
  public:
    explicit UserRepository(storage::Database& db) : db_(db) {}

    /// The account with this login name, if any.
    std::optional<User> findByUsername(const std::string& username);
    /// The account with this id, if any.
    std::optional<User> findById(const std::string& id);
    /// Inserts a new account; the caller hashes the password.
    void insert(const User& user);
    /// Replaces the stored password hash.
    void setPasswordHash(const std::string& userId, const std::string& passwordHash);
    /// Assigns the user to a project; assigning twice is harmless.
    void assignProject(const std::string& userId, const std::string& projectId);
    /// True when the user is assigned to the project.
    bool isAssigned(const std::string& userId, const std::string& projectId);

  private:
    std::optional<User> findWhere(const char* column, const std::string& value);
    storage::Database& db_;
};

/// What an admin asks for when creating an account from the CLI.
struct NewUser {
    std::string username, name, password;
    Role role = Role::Surveyor;
    std::vector<std::string> projectCodes;
};

/// Creates the account with its assignments and an audit row in one transaction. Throws
/// std::invalid_argument (nothing written) for a taken username, a short password or an
/// unknown project code. Returns the new user id.
std::string addUser(storage::Database& db, const NewUser& request, const std::string& actor);

/// Replaces a user's password (audited). Throws std::invalid_argument for a short password.
void resetPassword(storage::Database& db, const std::string& userId, const std::string& password,
                   const std::string& actor);

} // namespace survey::server::auth
