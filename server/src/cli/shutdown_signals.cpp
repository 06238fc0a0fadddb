// SPDX-License-Identifier: Apache-2.0
#include "cli/shutdown_signals.h"

#include <csignal>
#include <ctime>
#include <pthread.h>

namespace survey::server::cli {

namespace {
sigset_t shutdownSet() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}
} // namespace

ShutdownSignals::ShutdownSignals(std::function<void()> onSignal) : onSignal_(std::move(onSignal)) {
    const sigset_t set = shutdownSet();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    watcher_ = std::thread([this] { watch(); });
}

ShutdownSignals::~ShutdownSignals() {
    finished_ = true;
    watcher_.join();
}

void ShutdownSignals::watch() {
    const sigset_t set = shutdownSet();
    const timespec tick{0, 200'000'000};
    bool signalled = false;
    while (!finished_) {
        // Asked again on every tick after a signal: a stop() that lands before the server
        // starts listening would otherwise be lost.
        if (signalled)
            onSignal_();
        if (sigtimedwait(&set, nullptr, &tick) > 0)
            signalled = true;
    }
}

} // namespace survey::server::cli
