// SPDX-License-Identifier: Apache-2.0
#include "tls/self_signed_cert.h"

#include "survey/hashing/sha256.h"
#include "survey/storage/durable_directories.h"

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>
#include <unistd.h>

namespace survey::server::tls {

namespace {
template <auto Free> struct Deleter {
    template <typename T> void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using FilePtr = std::unique_ptr<FILE, Deleter<::fclose>>;

void check(bool ok, const char* what) {
    if (!ok)
        throw std::runtime_error(std::string("certificate generation failed: ") + what);
}

void addExtension(X509* cert, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    check(ext && X509_add_ext(cert, ext.get(), -1) == 1, value);
}

CertPtr makeCertificate(EVP_PKEY* key) {
    CertPtr cert(X509_new());
    check(cert && X509_set_version(cert.get(), 2) == 1, "version");
    BignumPtr serial(BN_new());
    check(serial && BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
              BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())),
          "serial");
    // An hour of slack for tablets whose clocks run behind.
    check(
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) &&
            X509_time_adj_ex(X509_getm_notAfter(cert.get()), kCertificateValidityDays, 0, nullptr),
        "validity");
    check(X509_set_pubkey(cert.get(), key) == 1, "public key");
    X509_NAME* name = X509_get_subject_name(cert.get());
    check(X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                                     reinterpret_cast<const unsigned char*>("survey"), -1, -1,
                                     0) == 1 &&
              X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                         reinterpret_cast<const unsigned char*>("survey-server"),
                                         -1, -1, 0) == 1,
          "subject");
    check(X509_set_issuer_name(cert.get(), name) == 1, "issuer");
    // As `openssl req -x509` makes them, so clients that load it as a trust anchor accept it.
    addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert.get(), NID_subject_key_identifier, "hash");
    addExtension(cert.get(), NID_authority_key_identifier, "keyid:always");
    addExtension(cert.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
    check(X509_sign(cert.get(), key, EVP_sha256()) > 0, "signature");
    return cert;
}

// Writes through a temporary file and renames, so a crash never leaves half a PEM behind.
template <typename Write>
void writeAtomically(const std::filesystem::path& path, int mode, Write&& write) {
    const std::filesystem::path tmp = path.string() + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, mode);
    check(fd >= 0, "open");
    FilePtr file(::fdopen(fd, "w"));
    if (!file)
        ::close(fd);
    check(file && write(file.get()), "write");
    // Synced before the rename: after a power cut the name must not stand for an empty file,
    // which would keep the server from starting.
    check(std::fflush(file.get()) == 0 && ::fsync(::fileno(file.get())) == 0, "sync");
    check(std::fclose(file.release()) == 0, "close");
    std::filesystem::rename(tmp, path);
}
} // namespace

void writeSelfSignedCertificate(const std::filesystem::path& certPath,
                                const std::filesystem::path& keyPath) {
    KeyPtr key(EVP_EC_gen("P-256"));
    check(key != nullptr, "EC key");
    CertPtr cert = makeCertificate(key.get());
    writeAtomically(keyPath, 0600, [&](FILE* f) {
        return PEM_write_PrivateKey(f, key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
    });
    writeAtomically(certPath, 0644, [&](FILE* f) { return PEM_write_X509(f, cert.get()) == 1; });
    // Tablets pin this certificate: one lost in a power cut would be replaced by a new one at
    // the next start, and every tablet would refuse the server.
    storage::syncDirectoriesUpTo(certPath.parent_path(), certPath.parent_path().parent_path());
    if (keyPath.parent_path() != certPath.parent_path())
        storage::syncDirectory(keyPath.parent_path());
}

TlsFiles ensureSelfSignedCertificate(const std::filesystem::path& dir) {
    TlsFiles files{dir / "cert.pem", dir / "key.pem"};
    if (std::filesystem::exists(files.cert) && std::filesystem::exists(files.key))
        return files;
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
    writeSelfSignedCertificate(files.cert, files.key);
    return files;
}

std::string certificateFingerprint(const std::filesystem::path& certPath) {
    FilePtr file(std::fopen(certPath.c_str(), "r"));
    if (!file)
        throw std::runtime_error("cannot read certificate " + certPath.string());
    CertPtr cert(PEM_read_X509(file.get(), nullptr, nullptr, nullptr));
    if (!cert)
        throw std::runtime_error("not a PEM certificate: " + certPath.string());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert.get(), EVP_sha256(), digest, &length) != 1)
        throw std::runtime_error("cannot hash certificate " + certPath.string());
    return hashing::toHex(std::string_view(reinterpret_cast<const char*>(digest), length));
}

} // namespace survey::server::tls
