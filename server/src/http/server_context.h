// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/login_throttle.h"
#include "auth/token_service.h"
#include "blobs/blob_store.h"
#include "common/utc_time.h"
#include "storage/connection_pool.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace survey::server::http {

/// What every route needs besides the request: connections, login throttle, token
/// lifetime and the clock.
struct ServerContext {
    ConnectionPool& pool;
    auth::LoginThrottle& throttle;
    std::int64_t tokenTtlSeconds = auth::kDefaultTokenTtlSeconds;
    UnixClock clock = systemUnixSeconds;
    /// Photo and signature files under DIR/blobs; the blob routes are served only when set.
    blobs::BlobStore* blobs = nullptr;
    /// DIR of --data, under which issued notices are archived (notices/<serial>.pdf).
    std::filesystem::path dataRoot;
    /// scheme://host:port that the QR codes of issued notices point at (…/verify/<serial>).
    std::string publicBaseUrl;
    /// Console session cookies carry Secure; off only in the test-only plain HTTP mode,
    /// where a browser would drop a Secure cookie.
    bool secureCookies = true;
};

} // namespace survey::server::http
