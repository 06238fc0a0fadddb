// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <csignal>
#include <thread>
#include <utility>

namespace survey::server {

/// Blocks every signal on the calling thread while it lives, then puts its mask back.
class AllSignalsBlocked {
  public:
    AllSignalsBlocked();
    ~AllSignalsBlocked();
    AllSignalsBlocked(const AllSignalsBlocked&) = delete;
    AllSignalsBlocked& operator=(const AllSignalsBlocked&) = delete;

  private:
    sigset_t previous_;
};

/// Starts `body` on a thread that takes no signals. SIGTERM and SIGINT belong to the server's
/// shutdown thread (cli::ShutdownSignals), which may start later; a thread that does not
/// block them would die of them instead. A new thread inherits its creator's mask.
template <typename Body> std::thread startSignalFreeThread(Body&& body) {
    const AllSignalsBlocked blocked;
    return std::thread(std::forward<Body>(body));
}

} // namespace survey::server
