// SPDX-License-Identifier: Apache-2.0
#include "auth/token_service.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "common/random_ids.h"
#include "common/utc_time.h"
#include "survey/hashing/sha256.h"

namespace survey::server::auth {

using errors::ApiError;
using errors::ErrorCode;

namespace {
constexpr std::size_t kTokenBytes = 32;
} // namespace

IssuedToken issueToken(storage::Database& db, const std::string& userId,
                       const std::string& deviceId, std::int64_t now, std::int64_t ttlSeconds) {
    IssuedToken issued{hashing::toHex(secureRandomBytes(kTokenBytes)), now + ttlSeconds};
    storage::Transaction tx(db);
    revokeDeviceTokens(db, userId, deviceId);
    auto purge = db.prepare("DELETE FROM tokens WHERE expires_at <= ?");
    purge.bind(1, now).run();
    auto insert = db.prepare("INSERT INTO tokens(token_sha256, user_id, device_id, issued_at,"
                             " expires_at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, hashing::sha256Hex(issued.token)).bind(2, userId).bind(3, deviceId);
    insert.bind(4, isoUtc(now)).bind(5, issued.expiresAt).run();
    tx.commit();
    return issued;
}

std::variant<TokenOwner, ApiError> checkToken(storage::Database& db, const std::string& token,
                                              std::int64_t now) {
    auto q = db.prepareCached("SELECT t.user_id, t.device_id, t.expires_at, t.revoked, u.disabled"
                              " FROM tokens t JOIN users u ON u.id = t.user_id"
                              " WHERE t.token_sha256 = ?");
    q.bind(1, hashing::sha256Hex(token));
    if (!q.step())
        return ApiError{ErrorCode::Unauthorized, "unknown or revoked token; log in again"};
    if (q.getInt(3) != 0 || q.getInt(4) != 0)
        return ApiError{ErrorCode::Unauthorized, "unknown or revoked token; log in again"};
    if (q.getInt(2) <= now)
        return ApiError{ErrorCode::TokenExpired, "token expired; log in again"};
    return TokenOwner{q.getText(0), q.getText(1)};
}

int revokeDeviceTokens(storage::Database& db, const std::string& userId,
                       const std::string& deviceId) {
    auto q = db.prepare("UPDATE tokens SET revoked = 1 WHERE (?1 = '' OR user_id = ?1)"
                        " AND device_id = ?2 AND revoked = 0");
    q.bind(1, userId).bind(2, deviceId).run();
    return db.changes();
}

int revokeDeviceAccess(storage::Database& db, const std::string& userId,
                       const std::string& deviceId, const std::string& actor) {
    storage::Transaction tx(db);
    const int revoked = revokeDeviceTokens(db, userId, deviceId);
    audit::AuditWriter(db).append({actor,
                                   deviceId,
                                   std::string(audit::actionName(audit::AuditAction::TokensRevoke)),
                                   userId,
                                   {{"revoked", revoked}}},
                                  nowIsoUtc());
    tx.commit();
    return revoked;
}

} // namespace survey::server::auth
