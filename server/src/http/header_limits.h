// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"

#include <cstddef>
#include <httplib.h>
#include <optional>

namespace survey::server::http {

/// Most header fields one request may carry. A tablet or a tus client sends about ten, a
/// browser about twenty.
inline constexpr std::size_t kMaxHeaderCount = 100;

/// Most bytes of header names and values one request may carry.
inline constexpr std::size_t kMaxHeaderBytes = 32u * 1024;

/// too_large when the request carries more header fields or header bytes than the limits
/// above. cpp-httplib 0.11 caps each header line at 8 KiB but not their number, so without
/// this a request of a hundred thousand headers would reach the routes.
std::optional<errors::ApiError> headerProblem(const httplib::Headers& headers);

} // namespace survey::server::http
