// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace survey::server::cli {

/// Turns SIGINT and SIGTERM into a call of `onSignal` on a thread of its own, so that the
/// server stops between requests instead of dying inside one. Construct it before any
/// other thread starts: the signals are blocked in the constructing thread and so in every
/// thread created after it.
class ShutdownSignals {
  public:
    explicit ShutdownSignals(std::function<void()> onSignal);
    ~ShutdownSignals();
    ShutdownSignals(const ShutdownSignals&) = delete;
    ShutdownSignals& operator=(const ShutdownSignals&) = delete;

  private:
    void watch();

    std::function<void()> onSignal_;
    std::atomic<bool> finished_{false};
    std::thread watcher_;
};

} // namespace survey::server::cli
