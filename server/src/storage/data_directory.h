// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <filesystem>
#include <string>

namespace survey::server {

/// The server's data directory (--data DIR): the database, TLS material and, later, blobs.
class DataDirectory {
  public:
    /// Creates the directory (and parents) when missing.
    explicit DataDirectory(std::filesystem::path root);

    /// DIR/survey.db, the SQLite database (WAL files beside it).
    std::filesystem::path databasePath() const { return root_ / "survey.db"; }
    /// DIR/tls, where a generated certificate and key live.
    std::filesystem::path tlsDirectory() const { return root_ / "tls"; }

    /// Opens a new connection to the server database, applying pending migrations.
    storage::Database openDatabase() const;
    /// Opens a new connection to the migrated server database, tuned for the server.
    storage::Database connect() const;

  private:
    std::filesystem::path root_;
};

} // namespace survey::server
