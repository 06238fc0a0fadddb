// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cerrno>
#include <ctime>
#include <poll.h>

namespace survey::server::http {

/// Milliseconds of cpp-httplib's (seconds, microseconds) timeouts.
inline int timeoutMilliseconds(std::time_t sec, std::time_t usec) {
    return static_cast<int>(sec * 1000 + usec / 1000);
}

/// Waits up to `timeoutMs` for `events` on one socket, as cpp-httplib's own waits do, again
/// when a signal interrupts the wait: positive when they came, 0 on timeout, negative on
/// error (errno set).
inline int pollSocket(int sock, short events, int timeoutMs) {
    pollfd waited{sock, events, 0};
    int ready;
    do
        ready = ::poll(&waited, 1, timeoutMs);
    while (ready < 0 && errno == EINTR);
    return ready;
}

} // namespace survey::server::http
