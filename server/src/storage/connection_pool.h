// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace survey::server {

/// SQLite connections shared by the HTTP worker threads. A connection is used by one
/// thread at a time (SQLite is opened NOMUTEX); idle ones are kept for reuse. Beyond those
/// opened at start, the pool grows to the number of workers busy at once and no further.
class ConnectionPool {
  public:
    using Opener = std::function<storage::Database()>;

    /// A borrowed connection, returned to the pool when the lease ends.
    class Lease {
      public:
        Lease(ConnectionPool& pool, std::unique_ptr<storage::Database> db)
            : pool_(pool), db_(std::move(db)) {}
        ~Lease();
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;

        /// The borrowed connection.
        storage::Database& operator*() const { return *db_; }

      private:
        ConnectionPool& pool_;
        std::unique_ptr<storage::Database> db_;
    };

    /// Opens `ready` connections at once, so that a burst of requests does not pay for
    /// opening them.
    ConnectionPool(Opener opener, std::size_t ready);

    /// An idle connection, or a newly opened one when all are in use.
    Lease acquire();

  private:
    void release(std::unique_ptr<storage::Database> db);

    Opener opener_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<storage::Database>> idle_;
};

} // namespace survey::server
