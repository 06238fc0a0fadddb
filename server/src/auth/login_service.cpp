// SPDX-License-Identifier: Apache-2.0
#include "auth/login_service.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "auth/password_hash.h"
#include "common/utc_time.h"

namespace survey::server::auth {

using errors::ApiError;
using errors::ErrorCode;

namespace {
void auditLogin(storage::Database& db, const LoginAttempt& attempt, const std::string& userId,
                audit::AuditAction action) {
    audit::appendAudit(db,
                       {userId,
                        attempt.request.deviceId,
                        std::string(audit::actionName(action)),
                        userId,
                        {{"username", attempt.request.username}, {"address", attempt.address}}},
                       isoUtc(attempt.now));
}
} // namespace

std::variant<LoginSuccess, LoginRefusal> login(storage::Database& db, LoginThrottle& throttle,
                                               const LoginAttempt& attempt) {
    const auto& req = attempt.request;
    if (auto wait = throttle.retryAfter(attempt.address, req.username, attempt.now); wait > 0)
        return LoginRefusal{{ErrorCode::RateLimited,
                             "too many failed logins; try again in " + std::to_string(wait) + " s"},
                            wait};

    auto user = UserRepository(db).findByUsername(req.username);
    bool accepted = false;
    if (user)
        accepted = verifyPassword(req.password, user->passwordHash) && !user->disabled;
    else
        burnVerificationTime(req.password);

    if (!accepted) {
        throttle.recordFailure(attempt.address, req.username, attempt.now);
        auditLogin(db, attempt, {}, audit::AuditAction::LoginFailure);
        return LoginRefusal{{ErrorCode::Unauthorized, "wrong username or password"}, 0};
    }
    throttle.recordSuccess(attempt.address, req.username);
    IssuedToken token =
        issueToken(db, user->id, req.deviceId, attempt.now, attempt.tokenTtlSeconds);
    auditLogin(db, attempt, user->id, audit::AuditAction::LoginSuccess);
    return LoginSuccess{std::move(*user), std::move(token)};
}

} // namespace survey::server::auth
