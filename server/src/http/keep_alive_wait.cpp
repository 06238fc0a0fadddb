// SPDX-License-Identifier: Apache-2.0
// How a kept-alive connection waits for its next request.
//
// cpp-httplib 0.11 waits by polling the socket for 10 ms, sleeping 1 ms, and again, until
// the keep-alive timeout: about 180 wake-ups a second for every idle connection. With 200
// tablets connected that was four fifths of the server's CPU while it served 200 pulls a
// second (bench/README.md), and in a burst those wake-ups stood in line with the requests.
// The function is internal to the library, exported from its shared object and called
// through its PLT, so the definition below, linked into survey-server, is the one the
// library calls: one poll() until a request arrives, the timeout passes, or the server
// stops. server.keep_alive holds that the replacement is the one in use.
#include "http/keep_alive_wait.h"

#include "http/read_ahead.h"

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <poll.h>
#include <stdexcept>
#include <sys/eventfd.h>
#include <unistd.h>

namespace survey::server::http {

namespace {
/// Readable once the server stops; never read, so it stays readable for every waiter.
int stoppingFd() {
    static const int fd = [] {
        const int made = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (made < 0)
            throw std::runtime_error("cannot create the keep-alive stop event");
        return made;
    }();
    return fd;
}
} // namespace

void wakeIdleConnections() {
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(stoppingFd(), &one, sizeof one);
}

} // namespace survey::server::http

namespace httplib::detail {

/// True when `sock` has something to read (a request, or the end of the connection) before
/// `keepAliveTimeoutSeconds` pass; false on timeout, error, or a stopping server.
bool keep_alive(int sock, std::time_t keepAliveTimeoutSeconds) {
    // A request read ahead with the one before it, or with the handshake, is not on the socket.
    if (survey::server::http::hasBufferedRecords(sock))
        return true;
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(keepAliveTimeoutSeconds);
    pollfd fds[2] = {{sock, POLLIN, 0}, {survey::server::http::stoppingFd(), POLLIN, 0}};
    while (true) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            return false;
        const int ready = ::poll(fds, 2, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0 || fds[1].revents != 0)
            return false;
        if (fds[0].revents == 0)
            return false;
        survey::server::http::noteSocketReadable(sock);
        return true;
    }
}

} // namespace httplib::detail
