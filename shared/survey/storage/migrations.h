// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <string>
#include <vector>

namespace survey::storage {

/// Which side opens the database: both get the common records, each its own tables.
enum class SchemaRole { Server, Device };

struct Migration {
    std::string id;   ///< "common/0001_records.sql"
    std::string sql;
};

/// The embedded migrations for a role, in the order they are applied.
std::vector<Migration> migrationsFor(SchemaRole role);

/// Applies every migration not yet recorded in `schema_migrations`, each in its own
/// transaction, and refuses to open a database where an applied migration's text has
/// changed since (migrations are never edited once released). Returns the count applied.
int migrate(Database& db, SchemaRole role);

/// Applies an explicit list (tests use it to migrate from an older shape).
int migrate(Database& db, const std::vector<Migration>& migrations);

/// Number of applied migrations, shown by /healthz.
int schemaVersion(Database& db);

} // namespace survey::storage
