// SPDX-License-Identifier: Apache-2.0
#include "tablet_fleet.h"

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <optional>
#include <stdexcept>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

namespace survey::bench {

namespace {
[[noreturn]] void fail(const std::string& what) {
    char detail[256] = "";
    ERR_error_string_n(ERR_get_error(), detail, sizeof detail);
    throw std::runtime_error(what + ": " + detail);
}

int connectLoopback(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    if (fd < 0 || connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        throw std::runtime_error("cannot connect to loopback port " + std::to_string(port));
    const int on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return fd;
}

/// The length of a complete HTTP response at the start of `bytes`, or nothing while more
/// is to come. The server always sends Content-Length.
std::optional<std::size_t> completeResponseLength(const std::string& bytes) {
    const auto headerEnd = bytes.find("\r\n\r\n");
    if (headerEnd == std::string::npos)
        return std::nullopt;
    std::size_t contentLength = 0;
    for (std::size_t line = bytes.find("\r\n") + 2; line < headerEnd;) {
        const auto end = bytes.find("\r\n", line);
        constexpr std::string_view kName = "content-length:";
        if (end - line > kName.size() &&
            std::equal(
                kName.begin(), kName.end(), bytes.begin() + static_cast<long>(line),
                [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); }))
            contentLength = std::stoul(bytes.substr(line + kName.size(), end - line));
        line = end + 2;
    }
    if (bytes.size() < headerEnd + 4 + contentLength)
        return std::nullopt;
    return headerEnd + 4 + contentLength;
}

// Real tablets do not share the server's cores. Here the one thread that plays all of them
// does, and when a burst makes 200 server threads runnable at once a fair scheduler gives it
// a 200th of a core: it would read the answers late and charge that to the server. A higher
// priority (nice -10, this thread only) keeps it close to a client on its own machine.
void raiseThreadPriority() {
    if (setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), -10) == 0)
        return;
    static std::once_flag warned;
    std::call_once(warned, [] {
        std::cerr << "note: cannot raise the load thread's priority (needs CAP_SYS_NICE); "
                     "latencies include its own wait for a core\n";
    });
}

double millisecondsBetween(Clock::time_point from, Clock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}
} // namespace

struct TabletFleet::Connection {
    int fd = -1;
    SSL* ssl = nullptr;
    std::size_t next = 0; // index of the next planned request
    bool inFlight = false, broken = false, wantsWrite = false;
    std::string out, in;
    std::size_t written = 0;
    Clock::time_point countFrom;
};

TabletFleet::TabletFleet(int port, std::string bearerToken, int tablets)
    : token_(std::move(bearerToken)) {
    auto* ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        fail("SSL_CTX_new");
    ctx_ = ctx;
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr); // loopback, self-signed
    connections_.resize(static_cast<std::size_t>(tablets));
    for (auto& c : connections_) {
        c.fd = connectLoopback(port);
        c.ssl = SSL_new(ctx);
        SSL_set_fd(c.ssl, c.fd);
        if (SSL_connect(c.ssl) != 1)
            fail("TLS handshake with the server failed");
        SSL_set_mode(c.ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
        fcntl(c.fd, F_SETFL, fcntl(c.fd, F_GETFL) | O_NONBLOCK);
    }
}

TabletFleet::~TabletFleet() {
    for (auto& c : connections_) {
        SSL_free(c.ssl);
        if (c.fd >= 0)
            close(c.fd);
    }
    SSL_CTX_free(static_cast<SSL_CTX*>(ctx_));
}

int TabletFleet::size() const {
    return static_cast<int>(connections_.size());
}

FleetOutcome TabletFleet::run(const std::vector<std::vector<PlannedGet>>& plans,
                              Clock::time_point deadline) {
    if (plans.size() != connections_.size())
        throw std::logic_error("one plan per tablet");
    FleetOutcome outcome;
    raiseThreadPriority();
    const int epoll = epoll_create1(EPOLL_CLOEXEC);
    const int timer = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
    if (epoll < 0 || timer < 0)
        throw std::runtime_error("epoll or timerfd unavailable");
    epoll_event timerEvent{EPOLLIN, {.u64 = connections_.size()}};
    epoll_ctl(epoll, EPOLL_CTL_ADD, timer, &timerEvent);
    for (std::size_t t = 0; t < connections_.size(); ++t) {
        auto& c = connections_[t];
        c.next = 0;
        if (c.broken) {
            outcome.failures += static_cast<int>(plans[t].size());
            continue;
        }
        c.wantsWrite = false;
        epoll_event e{EPOLLIN, {.u64 = t}};
        epoll_ctl(epoll, EPOLL_CTL_ADD, c.fd, &e);
    }

    const auto setInterest = [&](std::size_t t, bool write) {
        auto& c = connections_[t];
        if (c.wantsWrite == write)
            return;
        c.wantsWrite = write;
        const std::uint32_t interest = write ? EPOLLIN | EPOLLOUT : EPOLLIN;
        epoll_event e{interest, {.u64 = t}};
        epoll_ctl(epoll, EPOLL_CTL_MOD, c.fd, &e);
    };
    const auto breakConnection = [&](std::size_t t) {
        auto& c = connections_[t];
        c.broken = true;
        c.inFlight = false;
        outcome.failures += static_cast<int>(plans[t].size() - c.next);
        epoll_ctl(epoll, EPOLL_CTL_DEL, c.fd, nullptr);
    };
    // Writes what is left of the request; false if the connection broke.
    const auto pushOut = [&](std::size_t t) {
        auto& c = connections_[t];
        while (c.written < c.out.size()) {
            const int n = SSL_write(c.ssl, c.out.data() + c.written,
                                    static_cast<int>(c.out.size() - c.written));
            if (n > 0) {
                c.written += static_cast<std::size_t>(n);
                continue;
            }
            const int why = SSL_get_error(c.ssl, n);
            if (why == SSL_ERROR_WANT_WRITE || why == SSL_ERROR_WANT_READ) {
                setInterest(t, why == SSL_ERROR_WANT_WRITE);
                return true;
            }
            return false;
        }
        setInterest(t, false);
        return true;
    };
    const auto send = [&](std::size_t t, Clock::time_point now) {
        auto& c = connections_[t];
        const auto& planned = plans[t][c.next];
        c.countFrom = planned.due == Clock::time_point{} ? now : planned.due;
        c.out = "GET " + planned.target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                token_ + "\r\nConnection: keep-alive\r\n\r\n";
        c.written = 0;
        c.in.clear();
        c.inFlight = true;
        if (!pushOut(t))
            breakConnection(t);
    };
    // Reads what has arrived; on a complete answer, records it and moves to the next request.
    // Bytes while no request is out (the server closing, say) end the connection.
    const auto pullIn = [&](std::size_t t) {
        auto& c = connections_[t];
        if (!c.inFlight)
            c.in.clear();
        char buffer[16 * 1024];
        while (true) {
            const int n = SSL_read(c.ssl, buffer, sizeof buffer);
            if (n > 0) {
                c.in.append(buffer, static_cast<std::size_t>(n));
                continue;
            }
            const int why = SSL_get_error(c.ssl, n);
            if (why == SSL_ERROR_WANT_READ)
                break;
            if (why == SSL_ERROR_WANT_WRITE) {
                setInterest(t, true);
                break;
            }
            return breakConnection(t);
        }
        if (!c.inFlight) {
            if (!c.in.empty())
                breakConnection(t);
            return;
        }
        const auto length = completeResponseLength(c.in);
        if (!length)
            return;
        const bool ok = c.in.starts_with("HTTP/1.1 200") &&
                        c.in.find("\"seq\":") != std::string::npos && *length == c.in.size();
        if (ok)
            outcome.latenciesMs.push_back(millisecondsBetween(c.countFrom, Clock::now()));
        else
            ++outcome.failures;
        c.inFlight = false;
        ++c.next;
    };

    epoll_event events[256];
    while (true) {
        const auto now = Clock::now();
        std::optional<Clock::time_point> nextDue;
        bool waiting = false;
        for (std::size_t t = 0; t < connections_.size(); ++t) {
            auto& c = connections_[t];
            if (c.broken || c.next == plans[t].size())
                continue;
            waiting = true;
            if (c.inFlight)
                continue;
            const auto due = plans[t][c.next].due;
            if (due <= now)
                send(t, now);
            else if (!nextDue || due < *nextDue)
                nextDue = due;
        }
        if (!waiting || now >= deadline)
            break;
        const auto wakeAt = std::min(nextDue.value_or(deadline), deadline);
        const auto sinceEpoch = wakeAt.time_since_epoch();
        itimerspec at{};
        at.it_value.tv_sec = std::chrono::duration_cast<std::chrono::seconds>(sinceEpoch).count();
        at.it_value.tv_nsec = (sinceEpoch % std::chrono::seconds(1)).count();
        timerfd_settime(timer, TFD_TIMER_ABSTIME, &at, nullptr);
        const int ready = epoll_wait(epoll, events, 256, -1);
        for (int i = 0; i < ready; ++i) {
            const std::size_t t = events[i].data.u64;
            if (t == connections_.size()) {
                std::uint64_t expirations;
                [[maybe_unused]] auto ignored = read(timer, &expirations, sizeof expirations);
                continue;
            }
            auto& c = connections_[t];
            if (c.broken)
                continue;
            if (c.inFlight && c.written < c.out.size() && !pushOut(t)) {
                breakConnection(t);
                continue;
            }
            if (!c.inFlight || c.written == c.out.size())
                pullIn(t);
        }
    }
    // Past the deadline: what was not answered failed. A connection with an answer still on
    // its way is done, or that answer would be read as the next run's.
    for (std::size_t t = 0; t < connections_.size(); ++t) {
        auto& c = connections_[t];
        if (c.broken)
            continue;
        if (c.inFlight)
            breakConnection(t);
        else {
            outcome.failures += static_cast<int>(plans[t].size() - c.next);
            epoll_ctl(epoll, EPOLL_CTL_DEL, c.fd, nullptr);
        }
    }
    close(timer);
    close(epoll);
    return outcome;
}

} // namespace survey::bench
