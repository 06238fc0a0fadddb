// SPDX-License-Identifier: Apache-2.0
#include "blobs/blob_locks.h"

namespace survey::server::blobs {

BlobLocks::Guard::Guard(BlobLocks& locks, std::string name)
    : locks_(locks), name_(std::move(name)) {
    std::unique_lock lock(locks_.mutex_);
    Entry& entry = locks_.entries_[name_];
    ++entry.users;
    locks_.released_.wait(lock, [&entry] { return !entry.held; });
    entry.held = true;
}

BlobLocks::Guard::~Guard() {
    {
        std::lock_guard lock(locks_.mutex_);
        auto it = locks_.entries_.find(name_);
        it->second.held = false;
        if (--it->second.users == 0)
            locks_.entries_.erase(it);
    }
    locks_.released_.notify_all();
}

} // namespace survey::server::blobs
