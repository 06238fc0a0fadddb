// SPDX-License-Identifier: Apache-2.0
// Counts the poll() calls a process makes on connected sockets, for tests that hold the
// server to the polls it needs. Loaded into the real survey-server with LD_PRELOAD: its
// poll stands in for libc's (and for a sanitizer's, which it calls in turn). After each
// counted call the count is written, as 8 bytes, to the file named by POLL_COUNTER_FILE,
// which the test reads while the server runs.
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
std::atomic<std::int64_t> counted{0};

using PollFunction = int (*)(pollfd*, nfds_t, int);
PollFunction realPoll() {
    static const auto next = reinterpret_cast<PollFunction>(dlsym(RTLD_NEXT, "poll"));
    return next;
}

/// A listening socket, an eventfd or a pipe has no peer; a client's connection has one.
bool isConnectedSocket(int fd) {
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    return ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) == 0;
}

void publish(std::int64_t count) {
    const char* path = std::getenv("POLL_COUNTER_FILE");
    if (!path)
        return;
    const int fd = ::open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    [[maybe_unused]] const auto written = ::pwrite(fd, &count, sizeof count, 0);
    ::close(fd);
}
} // namespace

extern "C" int poll(pollfd* fds, nfds_t count, int timeoutMs) {
    if (count > 0 && isConnectedSocket(fds[0].fd))
        publish(++counted);
    return realPoll()(fds, count, timeoutMs);
}
