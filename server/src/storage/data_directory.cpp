// SPDX-License-Identifier: Apache-2.0
#include "storage/data_directory.h"

#include "survey/storage/migrations.h"

namespace survey::server {

DataDirectory::DataDirectory(std::filesystem::path root) : root_(std::move(root)) {
    std::filesystem::create_directories(root_);
}

storage::Database DataDirectory::openDatabase() const {
    auto db = connect();
    storage::migrate(db, storage::SchemaRole::Server);
    return db;
}

storage::Database DataDirectory::connect() const {
    auto db = storage::Database::open(databasePath().string());
    // The server reads the database file through a memory map, so that its many connections
    // share the operating system's page cache instead of each copying pages into its own.
    // A push batch writes rows keyed by random ids (records, change ids, entity ids) into
    // several indexes at once; with SQLite's default 2 MB cache a push's cost per change
    // grew with the size of the database (bench/README.md). Pages read through the map take
    // no room in the cache, so it grows to this size mostly on connections that write. The
    // serving process checkpoints on a thread of its own (WalCheckpointer); for the commands
    // that write without it, a checkpoint every 64 MB rather than every 4 MB copies a page
    // rewritten by several batches back into the database once.
    db.exec("PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536;"
            " PRAGMA wal_autocheckpoint = 16384;");
    return db;
}

} // namespace survey::server
