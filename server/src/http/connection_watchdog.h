// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <openssl/ssl.h>
#include <string>
#include <thread>
#include <unordered_map>

namespace survey::server::http {

/// How long a TLS connection may hold one of the server's workers without its request
/// moving on, and how many connections one peer address may hold at once.
struct ConnectionLimits {
    /// From the handshake's start, or from the last answer, to the next request's headers.
    std::chrono::seconds betweenRequests{45};
    /// From a request's headers to its answer (a trickled body, a stuck client).
    std::chrono::seconds perRequest{600};
    /// Open connections from one address; tablets behind a carrier's NAT share one.
    std::size_t perAddress = 64;
};

/// Cuts TLS connections that hold a worker too long. cpp-httplib 0.11 serves each
/// connection on a worker of a fixed pool and times each read, not the request: a client
/// that sends a byte just inside the read timeout keeps its worker for ever, and a few
/// hundred such clients (slowloris) starve every tablet. The watchdog learns of each
/// connection from OpenSSL (handshake start, SSL_free), of its requests from the server's
/// pre-routing handler and logger, and shuts down the socket of one past its limit, which
/// ends the blocked read and frees the worker.
class ConnectionWatchdog {
  public:
    /// Watches every connection of `ctx` (the server's), which must outlive the watchdog.
    ConnectionWatchdog(SSL_CTX& ctx, ConnectionLimits limits);
    ~ConnectionWatchdog();
    ConnectionWatchdog(const ConnectionWatchdog&) = delete;
    ConnectionWatchdog& operator=(const ConnectionWatchdog&) = delete;

    /// The request's headers have arrived (pre-routing handler).
    void requestStarted(const SSL* ssl);
    /// The answer has been written (logger).
    void requestAnswered(const SSL* ssl);

  private:
    enum class Phase { BetweenRequests, InRequest };
    struct Connection {
        int fd = -1;
        std::string address;
        Phase phase = Phase::BetweenRequests;
        std::chrono::steady_clock::time_point since;
        bool cut = false;
    };

    static int connectionIndex();
    static void onInfo(const SSL* ssl, int where, int ret);
    static void onFree(void* parent, void* ptr, CRYPTO_EX_DATA* data, int index, long argl,
                       void* argp);
    void admit(SSL* ssl);
    void forget(const SSL* ssl);
    void enter(const SSL* ssl, Phase phase);
    void sweep();
    void cut(Connection& connection, const char* why);

    SSL_CTX& ctx_;
    const ConnectionLimits limits_;
    std::mutex mutex_;
    std::unordered_map<const SSL*, Connection> connections_;
    bool stopping_ = false;
    std::condition_variable wake_;
    std::thread sweeper_;
};

} // namespace survey::server::http
