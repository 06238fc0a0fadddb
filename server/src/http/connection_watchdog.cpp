// SPDX-License-Identifier: Apache-2.0
#include "http/connection_watchdog.h"

#include "common/signal_free_thread.h"

#include <arpa/inet.h>
#include <iostream>
#include <sys/socket.h>

namespace survey::server::http {

namespace {
constexpr auto kSweepInterval = std::chrono::milliseconds(500);

int watchdogIndex() {
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

std::string peerAddress(int fd) {
    sockaddr_storage peer{};
    socklen_t size = sizeof peer;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &size) != 0)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    const void* raw =
        peer.ss_family == AF_INET6
            ? static_cast<const void*>(&reinterpret_cast<sockaddr_in6&>(peer).sin6_addr)
            : static_cast<const void*>(&reinterpret_cast<sockaddr_in&>(peer).sin_addr);
    return ::inet_ntop(peer.ss_family, raw, text, sizeof text) ? text : "";
}
} // namespace

// One ex_data slot per process: an SSL's slot points at the watchdog that admitted it, and
// its free callback runs inside SSL_free, before cpp-httplib closes the socket.
int ConnectionWatchdog::connectionIndex() {
    static const int index =
        SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, &ConnectionWatchdog::onFree);
    return index;
}

ConnectionWatchdog::ConnectionWatchdog(SSL_CTX& ctx, ConnectionLimits limits)
    : ctx_(ctx), limits_(limits) {
    connectionIndex();
    SSL_CTX_set_ex_data(&ctx_, watchdogIndex(), this);
    SSL_CTX_set_info_callback(&ctx_, &ConnectionWatchdog::onInfo);
    sweeper_ = startSignalFreeThread([this] { sweep(); });
}

ConnectionWatchdog::~ConnectionWatchdog() {
    SSL_CTX_set_info_callback(&ctx_, nullptr);
    SSL_CTX_set_ex_data(&ctx_, watchdogIndex(), nullptr);
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        // Connections still open keep their SSL objects; their free callback must not
        // reach a watchdog that is gone.
        for (auto& [ssl, connection] : connections_)
            SSL_set_ex_data(const_cast<SSL*>(ssl), connectionIndex(), nullptr);
    }
    wake_.notify_all();
    sweeper_.join();
}

void ConnectionWatchdog::onInfo(const SSL* ssl, int where, int) {
    if (!(where & SSL_CB_HANDSHAKE_START))
        return;
    // TLS 1.3 also reports post-handshake messages as a handshake start; admit once.
    if (SSL_get_ex_data(ssl, connectionIndex()))
        return;
    auto* self = static_cast<ConnectionWatchdog*>(
        SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), watchdogIndex()));
    if (self)
        self->admit(const_cast<SSL*>(ssl));
}

void ConnectionWatchdog::onFree(void* parent, void* ptr, CRYPTO_EX_DATA*, int, long, void*) {
    if (ptr)
        static_cast<ConnectionWatchdog*>(ptr)->forget(static_cast<const SSL*>(parent));
}

void ConnectionWatchdog::admit(SSL* ssl) {
    const int fd = SSL_get_fd(ssl);
    if (fd < 0)
        return;
    Connection connection{fd, peerAddress(fd), Phase::BetweenRequests,
                          std::chrono::steady_clock::now(), false};
    std::lock_guard lock(mutex_);
    std::size_t fromThere = 0;
    for (const auto& [other, open] : connections_)
        fromThere += open.address == connection.address && !open.cut;
    SSL_set_ex_data(ssl, connectionIndex(), this);
    auto& admitted = connections_[ssl] = std::move(connection);
    if (fromThere >= limits_.perAddress)
        cut(admitted, "too many connections from this address");
}

void ConnectionWatchdog::forget(const SSL* ssl) {
    std::lock_guard lock(mutex_);
    connections_.erase(ssl);
}

void ConnectionWatchdog::enter(const SSL* ssl, Phase phase) {
    std::lock_guard lock(mutex_);
    if (auto it = connections_.find(ssl); it != connections_.end()) {
        it->second.phase = phase;
        it->second.since = std::chrono::steady_clock::now();
    }
}

void ConnectionWatchdog::requestStarted(const SSL* ssl) {
    enter(ssl, Phase::InRequest);
}

void ConnectionWatchdog::requestAnswered(const SSL* ssl) {
    enter(ssl, Phase::BetweenRequests);
}

void ConnectionWatchdog::sweep() {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, kSweepInterval, [this] { return stopping_; })) {
        const auto now = std::chrono::steady_clock::now();
        for (auto& [ssl, connection] : connections_) {
            if (connection.cut)
                continue;
            const bool between = connection.phase == Phase::BetweenRequests;
            if (now - connection.since > (between ? limits_.betweenRequests : limits_.perRequest))
                cut(connection, between ? "no complete request in time" : "request took too long");
        }
    }
}

void ConnectionWatchdog::cut(Connection& connection, const char* why) {
    // The socket stays open (cpp-httplib closes it): shutting it down ends the worker's
    // blocked read or write at once.
    ::shutdown(connection.fd, SHUT_RDWR);
    connection.cut = true;
    std::cerr << "connection from " << connection.address << " cut: " << why << std::endl;
}

} // namespace survey::server::http
