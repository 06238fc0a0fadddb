// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/login_throttle.h"
#include "auth/token_service.h"
#include "common/utc_time.h"
#include "storage/connection_pool.h"

#include <cstdint>

namespace survey::server::http {

/// What every route needs besides the request: connections, login throttle, token
/// lifetime and the clock.
struct ServerContext {
    ConnectionPool& pool;
    auth::LoginThrottle& throttle;
    std::int64_t tokenTtlSeconds = auth::kDefaultTokenTtlSeconds;
    UnixClock clock = systemUnixSeconds;
};

} // namespace survey::server::http
