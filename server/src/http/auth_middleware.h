// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/user_repository.h"
#include "survey/errors/api_error.h"
#include "survey/storage/database.h"

#include <cstdint>
#include <httplib.h>
#include <string>
#include <variant>

namespace survey::server::http {

/// The authenticated user behind a request, and the device its token was issued to.
struct Caller {
    auth::User user;
    std::string deviceId;
};

/// Checks the `Authorization: Bearer <token>` header: missing, unknown or revoked tokens
/// and disabled users are unauthorized, old ones token_expired.
std::variant<Caller, errors::ApiError> authenticate(const httplib::Request& req,
                                                    storage::Database& db, std::int64_t now);

} // namespace survey::server::http
