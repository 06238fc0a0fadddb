// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

/// The floor for any upload over HTTPS: the same bytes sent with OpenSSL alone over a
/// loopback socket, so the ratio shows what the server adds on top of TLS.
namespace survey::bench {

/// The TLS version and cipher the server on `port` negotiates with a default client.
struct NegotiatedCipher {
    std::string version, cipher;
};
NegotiatedCipher negotiatedCipher(int port);

/// Seconds to send `blobs` × `blobSize` bytes with SSL_write from one thread to a thread
/// that SSL_reads them, over one loopback TLS connection with `certDir`'s cert.pem and
/// key.pem and only the given cipher (a TLS 1.3 suite name). With `storeDir`, the reader
/// also writes each blob to a file there and fsyncs it, as a durable store must.
double copyOverLoopbackTls(const std::filesystem::path& certDir, const NegotiatedCipher& cipher,
                           std::size_t blobs, std::size_t blobSize,
                           const std::optional<std::filesystem::path>& storeDir = std::nullopt);

} // namespace survey::bench
