// SPDX-License-Identifier: Apache-2.0
#include "storage/wal_checkpointer.h"

#include "common/signal_free_thread.h"

#include <iostream>
#include <sqlite3.h>

namespace survey::server {

namespace {
int afterCommit(void* self, sqlite3* db, const char* schema, int frames) {
    if (frames >= WalCheckpointer::kInlineFrames)
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (frames >= WalCheckpointer::kWakeFrames)
        static_cast<WalCheckpointer*>(self)->requestCheckpoint();
    return SQLITE_OK;
}
} // namespace

WalCheckpointer::WalCheckpointer(const DataDirectory& dir)
    : thread_(startSignalFreeThread([this, db = dir.connect()]() mutable { run(std::move(db)); })) {
}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
}

void WalCheckpointer::watch(storage::Database& db) {
    sqlite3_wal_hook(db.handle(), afterCommit, this);
}

void WalCheckpointer::requestCheckpoint() {
    {
        std::lock_guard lock(mutex_);
        pending_ = true;
    }
    wake_.notify_one();
}

void WalCheckpointer::run(storage::Database db) {
    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock, [this] { return pending_ || stopping_; });
        if (stopping_)
            return;
        pending_ = false;
        lock.unlock();
        const int rc = sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                 nullptr, nullptr);
        // BUSY: a commit past kInlineFrames is checkpointing itself; the next wake retries.
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            std::cerr << "wal checkpoint failed: " << sqlite3_errmsg(db.handle()) << std::endl;
        lock.lock();
    }
}

} // namespace survey::server
