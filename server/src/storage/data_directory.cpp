// SPDX-License-Identifier: Apache-2.0
#include "storage/data_directory.h"

#include "survey/storage/migrations.h"

namespace survey::server {

DataDirectory::DataDirectory(std::filesystem::path root) : root_(std::move(root)) {
    std::filesystem::create_directories(root_);
}

storage::Database DataDirectory::openDatabase() const {
    auto db = storage::Database::open(databasePath().string());
    storage::migrate(db, storage::SchemaRole::Server);
    return db;
}

} // namespace survey::server
