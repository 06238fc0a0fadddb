// SPDX-License-Identifier: Apache-2.0
#include "survey/hashing/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace survey::hashing {

namespace {
// Fetched once: with OpenSSL 3, EVP_sha256() makes every init look the algorithm up in the
// provider store under a lock, and a push hashes a few short texts per change.
const EVP_MD* sha256Algorithm() {
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}
} // namespace

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
    if (!ctx_ || !sha256Algorithm() ||
        EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), sha256Algorithm(), nullptr) != 1)
        throw std::runtime_error("SHA-256 unavailable");
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

void Sha256::update(std::string_view bytes) {
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), bytes.data(), bytes.size());
}

std::string Sha256::finalHex() {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), md, &len);
    return toHex(std::string_view(reinterpret_cast<const char*>(md), len));
}

std::string sha256Hex(std::string_view bytes) {
    Sha256 h;
    h.update(bytes);
    return h.finalHex();
}

std::string toHex(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 0xf]);
    }
    return out;
}

bool isSha256Hex(std::string_view s) {
    if (s.size() != 64)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

} // namespace survey::hashing
