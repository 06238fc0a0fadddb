// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/login_throttle.h"
#include "auth/token_service.h"
#include "auth/user_repository.h"
#include "survey/errors/api_error.h"
#include "survey/sync/protocol.h"

#include <cstdint>
#include <string>
#include <variant>

namespace survey::server::auth {

/// One login as it arrives: the parsed body plus where it came from and when.
struct LoginAttempt {
    survey::sync::LoginRequest request;
    std::string address; ///< remote IP, for throttling and audit
    std::int64_t now = 0;
    std::int64_t tokenTtlSeconds = kDefaultTokenTtlSeconds;
};

struct LoginSuccess {
    User user;
    IssuedToken token;
};

/// Why a login was refused; retryAfter is set for rate_limited.
struct LoginRefusal {
    errors::ApiError error;
    std::int64_t retryAfter = 0;
};

/// Checks the throttle, then the password (spending the same time for unknown users),
/// issues a token and audits the outcome. Wrong username and wrong password give the same
/// unauthorized answer.
std::variant<LoginSuccess, LoginRefusal> login(storage::Database& db, LoginThrottle& throttle,
                                               const LoginAttempt& attempt);

} // namespace survey::server::auth
