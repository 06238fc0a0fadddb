// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/data_directory.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace survey::server {

/// Copies the write-ahead log back into the database on a thread of its own, so that a
/// push does not stop to do it. SQLite's automatic checkpoint runs inside the commit that
/// crosses its threshold; here a commit only wakes this thread (SQLite's documentation
/// suggests exactly this for servers), which checkpoints beside the next batch on the other
/// core and keeps the log short enough to be reused from its start. A checkpoint is PASSIVE:
/// it never waits for a reader or a writer, and copies what it can.
class WalCheckpointer {
  public:
    /// Starts the thread, with a connection of its own to `dir`'s database.
    explicit WalCheckpointer(const DataDirectory& dir);
    /// Stops the thread. Connections that watch this object must be closed first.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    /// Makes this thread checkpoint after `db`'s commits instead of the commits themselves.
    /// Should the thread fall far behind, the commit checkpoints as SQLite would.
    void watch(storage::Database& db);
    /// Wakes the thread to checkpoint (called from a watched connection's commit).
    void requestCheckpoint();

    /// Log pages that wake the thread (16 MB of 4 KB pages).
    static constexpr int kWakeFrames = 4096;
    /// Log pages past which a commit checkpoints itself, as SQLite's own hook would.
    static constexpr int kInlineFrames = 65536;

  private:
    void run(storage::Database db);

    std::mutex mutex_;
    std::condition_variable wake_;
    bool pending_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace survey::server
