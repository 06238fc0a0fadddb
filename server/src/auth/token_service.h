// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"
#include "survey/storage/database.h"

#include <cstdint>
#include <string>
#include <variant>

namespace survey::server::auth {

/// Default token lifetime: one working day in the field.
inline constexpr std::int64_t kDefaultTokenTtlSeconds = 12 * 60 * 60;

/// A bearer token as handed to the device once; only its SHA-256 is kept.
struct IssuedToken {
    std::string token;
    std::int64_t expiresAt = 0; ///< Unix seconds
};

/// Whose token it is.
struct TokenOwner {
    std::string userId, deviceId;
};

/// Issues a token of 32 random bytes (hex) for a user on a device, valid for `ttlSeconds`
/// from `now`. Earlier tokens of the same user and device are revoked, so a device holds
/// one live token, and expired rows are purged.
IssuedToken issueToken(storage::Database& db, const std::string& userId,
                       const std::string& deviceId, std::int64_t now, std::int64_t ttlSeconds);

/// The owner of a presented token, or unauthorized (unknown or revoked) or token_expired.
std::variant<TokenOwner, errors::ApiError> checkToken(storage::Database& db,
                                                      const std::string& token, std::int64_t now);

/// Revokes every token of the user on that device (a lost or handed-over tablet), or of
/// every user on it when `userId` is empty. Returns how many live tokens were revoked.
int revokeDeviceTokens(storage::Database& db, const std::string& userId,
                       const std::string& deviceId);

/// revokeDeviceTokens as an admin action, with its audit row, in one transaction.
int revokeDeviceAccess(storage::Database& db, const std::string& userId,
                       const std::string& deviceId, const std::string& actor);

} // namespace survey::server::auth
