// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <string>
#include <string_view>
#include <sys/socket.h>
#include <unistd.h>

/// Bytes of the first whole HTTP response in `bytes`: its head and as many body bytes as the
/// head declares (none without Content-Length); 0 while it is incomplete.
inline std::size_t completeResponseBytes(std::string_view bytes) {
    const auto headEnd = bytes.find("\r\n\r\n");
    if (headEnd == std::string_view::npos)
        return 0;
    std::string head(bytes.substr(0, headEnd));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const auto at = head.find("\r\ncontent-length:");
    const std::size_t length = at == std::string::npos ? 0 : std::stoul(head.substr(at + 17));
    const std::size_t whole = headEnd + 4 + length;
    return bytes.size() >= whole ? whole : 0;
}

/// A TCP connection to 127.0.0.1:port, with a receive buffer of `receiveBufferBytes` when
/// given (a small one keeps the server from sending far ahead of what is read); -1 when
/// refused.
inline int connectLoopback(int port, int receiveBufferBytes = 0) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd >= 0 && receiveBufferBytes > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBufferBytes, sizeof receiveBufferBytes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0)
        return fd;
    if (fd >= 0)
        ::close(fd);
    return -1;
}

/// A TLS connection driven byte by byte, for what no well-behaved HTTP client sends:
/// trickled, cut or malformed requests, and connections dropped without a word.
class RawTlsClient {
  public:
    /// Connects and completes the handshake. TLS 1.2 is the default because it finishes
    /// inside the handshake; TLS 1.3 sends session tickets afterwards, and closing a socket
    /// with those unread makes the kernel answer with a reset instead of a clean close.
    explicit RawTlsClient(int port, int maxVersion = TLS1_2_VERSION, int receiveBufferBytes = 0)
        : fd_(connectLoopback(port, receiveBufferBytes)) {
        ctx_ = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_max_proto_version(ctx_, maxVersion);
        ssl_ = SSL_new(ctx_);
        connected_ = fd_ >= 0 && SSL_set_fd(ssl_, fd_) == 1 && SSL_connect(ssl_) == 1;
    }
    ~RawTlsClient() {
        drop();
        SSL_free(ssl_);
        SSL_CTX_free(ctx_);
    }
    RawTlsClient(const RawTlsClient&) = delete;
    RawTlsClient& operator=(const RawTlsClient&) = delete;

    bool connected() const { return connected_; }

    /// Sends all of `bytes`; false when the server has closed the connection.
    bool send(std::string_view bytes) {
        while (connected_ && !bytes.empty()) {
            const int n = SSL_write(ssl_, bytes.data(), static_cast<int>(bytes.size()));
            if (n <= 0)
                return false;
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        return connected_;
    }

    /// What the server sends until it closes the connection, or until `timeout`;
    /// `closed` tells which of the two ended the wait.
    std::string readUntilClosed(std::chrono::milliseconds timeout, bool* closed) {
        return readUntil(
            timeout, [](std::string_view) { return false; }, closed);
    }

    /// What the server sends until `complete` holds for all of it, the server closes the
    /// connection, or `timeout` passes; `closed` tells whether the server closed it.
    template <typename Complete>
    std::string readUntil(std::chrono::milliseconds timeout, Complete complete, bool* closed) {
        std::string received;
        *closed = false;
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (connected_ && !complete(std::string_view(received))) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            pollfd p{fd_, POLLIN, 0};
            if (SSL_pending(ssl_) == 0 &&
                ::poll(&p, 1, static_cast<int>(std::max<std::int64_t>(0, left.count()))) <= 0)
                return received;
            char buffer[4096];
            const int n = SSL_read(ssl_, buffer, sizeof buffer);
            if (n <= 0) {
                *closed = true;
                return received;
            }
            received.append(buffer, static_cast<std::size_t>(n));
        }
        *closed = !connected_;
        return received;
    }

    /// Ends the sending half of the connection (a TCP FIN, no TLS close_notify), as a client
    /// does that has said all it will say and waits for the answer.
    void shutdownWrites() {
        if (fd_ >= 0)
            ::shutdown(fd_, SHUT_WR);
    }

    /// Closes the socket without TLS close_notify, as a dropped mobile link does.
    void drop() {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = -1;
        connected_ = false;
    }

  private:
    int fd_ = -1;
    SSL_CTX* ctx_ = nullptr;
    SSL* ssl_ = nullptr;
    bool connected_ = false;
};
