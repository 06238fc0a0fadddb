// SPDX-License-Identifier: Apache-2.0
#include "tls_copy.h"

#include "bench_support.h"
#include "durable_files.h"

#include <cstring>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <optional>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace survey::bench {

namespace {
constexpr std::size_t kChunk = 64 * 1024;

[[noreturn]] void fail(const std::string& what) {
    char detail[256] = "";
    ERR_error_string_n(ERR_get_error(), detail, sizeof detail);
    throw std::runtime_error(what + ": " + detail);
}

int connectLoopback(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
        throw std::runtime_error("cannot connect to loopback port " + std::to_string(port));
    return fd;
}

/// A listening loopback socket on a free port.
int listenLoopback(int& port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (bind(fd, reinterpret_cast<sockaddr*>(&address), size) != 0 || listen(fd, 1) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) != 0)
        throw std::runtime_error("cannot listen on loopback");
    port = ntohs(address.sin_port);
    return fd;
}

SSL* clientSession(SSL_CTX* ctx, int fd) {
    SSL* ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_connect(ssl) != 1)
        fail("TLS handshake failed");
    return ssl;
}

/// Reads until `total` bytes have arrived, discarding them as a sink would, or storing them
/// when `files` is given.
void receive(SSL_CTX* ctx, int listener, std::size_t total, DurableFiles* files) {
    const int fd = accept(listener, nullptr, nullptr);
    SSL* ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1) {
        std::vector<char> buffer(kChunk);
        std::size_t got = 0;
        while (got < total) {
            const int n = SSL_read(ssl, buffer.data(), static_cast<int>(buffer.size()));
            if (n <= 0)
                break;
            if (files)
                files->write(buffer.data(), static_cast<std::size_t>(n));
            got += static_cast<std::size_t>(n);
        }
        SSL_write(ssl, "k", 1); // tells the sender every byte arrived
    }
    SSL_free(ssl);
    close(fd);
}
} // namespace

NegotiatedCipher negotiatedCipher(int port) {
    SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
    const int fd = connectLoopback(port);
    SSL* ssl = clientSession(ctx, fd);
    NegotiatedCipher out{SSL_get_version(ssl), SSL_CIPHER_get_name(SSL_get_current_cipher(ssl))};
    SSL_shutdown(ssl);
    SSL_free(ssl);
    close(fd);
    SSL_CTX_free(ctx);
    return out;
}

double copyOverLoopbackTls(const std::filesystem::path& certDir, const NegotiatedCipher& cipher,
                           std::size_t blobs, std::size_t blobSize,
                           const std::optional<std::filesystem::path>& storeDir) {
    if (cipher.version != "TLSv1.3")
        throw std::runtime_error("the baseline pins TLS 1.3 suites; server chose " +
                                 cipher.version);
    SSL_CTX* serverCtx = SSL_CTX_new(TLS_server_method());
    if (SSL_CTX_use_certificate_chain_file(serverCtx, (certDir / "cert.pem").c_str()) != 1 ||
        SSL_CTX_use_PrivateKey_file(serverCtx, (certDir / "key.pem").c_str(), SSL_FILETYPE_PEM) !=
            1)
        fail("cannot load the server's certificate");
    SSL_CTX* clientCtx = SSL_CTX_new(TLS_client_method());
    for (SSL_CTX* ctx : {serverCtx, clientCtx}) {
        SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
        SSL_CTX_set_ciphersuites(ctx, cipher.cipher.c_str());
    }
    int port = 0;
    const int listener = listenLoopback(port);
    const std::size_t total = blobs * blobSize;
    std::optional<DurableFiles> files;
    if (storeDir)
        files.emplace(*storeDir, blobSize);
    std::thread sink([&] { receive(serverCtx, listener, total, files ? &*files : nullptr); });

    const std::vector<char> blob(blobSize, 'x');
    Stopwatch clock;
    const int fd = connectLoopback(port);
    SSL* ssl = clientSession(clientCtx, fd);
    for (std::size_t b = 0; b < blobs; ++b)
        for (std::size_t sent = 0; sent < blobSize;) {
            const int n = SSL_write(ssl, blob.data() + sent,
                                    static_cast<int>(std::min(kChunk, blobSize - sent)));
            if (n <= 0)
                fail("SSL_write failed");
            sent += static_cast<std::size_t>(n);
        }
    char ack = 0;
    SSL_read(ssl, &ack, 1);
    const double seconds = clock.seconds();
    sink.join();
    SSL_free(ssl);
    close(fd);
    close(listener);
    SSL_CTX_free(clientCtx);
    SSL_CTX_free(serverCtx);
    if (ack != 'k')
        throw std::runtime_error("the loopback sink did not receive every byte");
    return seconds;
}

} // namespace survey::bench
