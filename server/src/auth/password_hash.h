// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace survey::server::auth {

/// Shortest password an account may have (UTF-8 characters).
inline constexpr std::size_t kMinPasswordLength = 8;

/// UTF-8 characters in `text` (not bytes), for the length rule.
std::size_t utf8Length(std::string_view text);

/// scrypt (OpenSSL EVP_PBE_scrypt) with a fresh random salt, encoded as
/// "scrypt$N$r$p$salt_hex$hash_hex" so that stronger parameters can come later.
std::string hashPassword(std::string_view password);

/// True when `password` matches `encoded`; compares in constant time. A malformed
/// encoding never matches.
bool verifyPassword(std::string_view password, std::string_view encoded);

/// Spends the time of one verification, for logins of unknown users, so that response
/// time does not tell which usernames exist.
void burnVerificationTime(std::string_view password);

} // namespace survey::server::auth
