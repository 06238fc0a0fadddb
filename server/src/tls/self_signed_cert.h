// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <string>

namespace survey::server::tls {

/// The certificate and key files the server presents.
struct TlsFiles {
    std::filesystem::path cert, key;
};

/// Lifetime of a generated certificate: long, because tablets pin it and re-pinning means
/// visiting every device.
inline constexpr int kCertificateValidityDays = 3653;

/// DIR/cert.pem and DIR/key.pem, generated first (self-signed, EC P-256, SAN localhost and
/// 127.0.0.1, key readable by the owner only) unless both already exist.
TlsFiles ensureSelfSignedCertificate(const std::filesystem::path& dir);

/// Writes a new self-signed certificate and its private key (mode 0600).
void writeSelfSignedCertificate(const std::filesystem::path& certPath,
                                const std::filesystem::path& keyPath);

/// SHA-256 of the certificate's DER encoding, lower-case hex without colons: the value
/// the app pins.
std::string certificateFingerprint(const std::filesystem::path& certPath);

} // namespace survey::server::tls
