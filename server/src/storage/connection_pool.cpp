// SPDX-License-Identifier: Apache-2.0
#include "storage/connection_pool.h"

namespace survey::server {

ConnectionPool::Lease::~Lease() {
    if (db_)
        pool_.release(std::move(db_));
}

ConnectionPool::ConnectionPool(Opener opener, std::size_t ready) : opener_(std::move(opener)) {
    idle_.reserve(ready);
    for (std::size_t i = 0; i < ready; ++i)
        idle_.push_back(std::make_unique<storage::Database>(opener_()));
}

ConnectionPool::Lease ConnectionPool::acquire() {
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto db = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(db));
        }
    }
    // Opened outside the lock: opening may wait on SQLite's busy timeout.
    return Lease(*this, std::make_unique<storage::Database>(opener_()));
}

void ConnectionPool::release(std::unique_ptr<storage::Database> db) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(db));
}

} // namespace survey::server
