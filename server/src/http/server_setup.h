// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <httplib.h>

namespace survey::server::http {

/// Largest request body accepted (JSON pushes); larger ones get 413 too_large.
inline constexpr std::size_t kMaxJsonBodyBytes = 16u * 1024 * 1024;

/// Worker threads serving connections; keep-alive connections hold one each while open.
inline constexpr std::size_t kWorkerThreads = 16;

/// Connection options (TCP_NODELAY and keep-alive, without which cpp-httplib manages only
/// a few hundred requests a second), the body limit, and handlers that turn every error
/// response (unknown route, too large, exceptions) into the design's error JSON.
void configureServer(httplib::Server& server);

} // namespace survey::server::http
