// SPDX-License-Identifier: Apache-2.0
#include "auth/password_hash.h"

#include "common/random_ids.h"
#include "survey/hashing/sha256.h"

#include <charconv>
#include <cstdint>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <optional>
#include <stdexcept>
#include <vector>

namespace survey::server::auth {

namespace {
// N = 2^15, r = 8: 32 MiB and tens of milliseconds per check, enough to make offline
// guessing expensive while a two-core server still handles a team's morning logins.
constexpr std::uint64_t kN = 1u << 15;
constexpr std::uint64_t kR = 8;
constexpr std::uint64_t kP = 1;
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
// Highest parameters a stored hash may ask for, so a crafted row cannot exhaust memory.
constexpr std::uint64_t kMaxN = 1u << 20;
constexpr std::uint64_t kMaxMemory = 1100ull * 1024 * 1024;

struct ScryptParams {
    std::uint64_t n = kN, r = kR, p = kP;
};

std::string scrypt(std::string_view password, std::string_view salt, const ScryptParams& params,
                   std::size_t length) {
    std::string out(length, '\0');
    const int ok = EVP_PBE_scrypt(password.data(), password.size(),
                                  reinterpret_cast<const unsigned char*>(salt.data()), salt.size(),
                                  params.n, params.r, params.p, kMaxMemory,
                                  reinterpret_cast<unsigned char*>(out.data()), out.size());
    if (ok != 1)
        throw std::runtime_error("EVP_PBE_scrypt failed");
    return out;
}

std::optional<std::uint64_t> parseNumber(std::string_view text) {
    std::uint64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::string> fromHex(std::string_view hex) {
    if (hex.empty() || hex.size() % 2 != 0)
        return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned value = 0;
        auto [end, ec] = std::from_chars(hex.data() + i, hex.data() + i + 2, value, 16);
        if (ec != std::errc() || end != hex.data() + i + 2)
            return std::nullopt;
        out.push_back(static_cast<char>(value));
    }
    return out;
}

std::vector<std::string_view> split(std::string_view text, char sep) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t pos; (pos = text.find(sep, start)) != std::string_view::npos; start = pos + 1)
        parts.push_back(text.substr(start, pos - start));
    parts.push_back(text.substr(start));
    return parts;
}
} // namespace

std::size_t utf8Length(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count;
}

std::string hashPassword(std::string_view password) {
    const std::string salt = secureRandomBytes(kSaltBytes);
    const ScryptParams params;
    return "scrypt$" + std::to_string(params.n) + "$" + std::to_string(params.r) + "$" +
           std::to_string(params.p) + "$" + hashing::toHex(salt) + "$" +
           hashing::toHex(scrypt(password, salt, params, kHashBytes));
}

bool verifyPassword(std::string_view password, std::string_view encoded) {
    const auto parts = split(encoded, '$');
    if (parts.size() != 6 || parts[0] != "scrypt")
        return false;
    const auto n = parseNumber(parts[1]), r = parseNumber(parts[2]), p = parseNumber(parts[3]);
    const auto salt = fromHex(parts[4]);
    const auto expected = fromHex(parts[5]);
    if (!n || !r || !p || !salt || !expected || *n < 2 || *n > kMaxN || (*n & (*n - 1)) != 0 ||
        *r == 0 || *r > 32 || *p == 0 || *p > 16 || expected->size() > 64)
        return false;
    std::string actual;
    try {
        actual = scrypt(password, *salt, {*n, *r, *p}, expected->size());
    } catch (const std::runtime_error&) {
        return false; // parameters beyond the memory cap: treat as a non-matching hash
    }
    return CRYPTO_memcmp(actual.data(), expected->data(), actual.size()) == 0;
}

void burnVerificationTime(std::string_view password) {
    static const std::string kSalt(kSaltBytes, '\x5a');
    scrypt(password, kSalt, ScryptParams{}, kHashBytes);
}

} // namespace survey::server::auth
