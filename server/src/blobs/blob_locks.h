// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <condition_variable>
#include <map>
#include <mutex>
#include <string>

namespace survey::server::blobs {

/// One lock per blob name, so that two PATCHes of the same blob run one after the other
/// while uploads of different blobs never wait for each other. Entries exist only while
/// someone holds or waits for them.
class BlobLocks {
  public:
    /// Holds the lock of one blob until destroyed.
    class Guard {
      public:
        Guard(BlobLocks& locks, std::string name);
        ~Guard();
        Guard(const Guard&) = delete;
        Guard& operator=(const Guard&) = delete;

      private:
        BlobLocks& locks_;
        std::string name_;
    };

    /// Blocks until the blob's lock is free, then takes it.
    Guard lock(const std::string& name) { return Guard(*this, name); }

  private:
    struct Entry {
        bool held = false;
        int users = 0; ///< holder plus waiters; the entry is erased at zero
    };

    std::mutex mutex_;
    std::condition_variable released_;
    std::map<std::string, Entry> entries_;
};

} // namespace survey::server::blobs
