// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <cstdint>
#include <httplib.h>
#include <optional>
#include <string_view>

namespace survey::server::sync {

/// A query parameter that must be a non-negative decimal integer fitting in int64;
/// nullopt for anything else (signs, spaces, hex, overflow).
std::optional<std::int64_t> parseCursorNumber(std::string_view text);

/// GET /api/v1/projects/{pid}/changes?since=SEQ&limit=N → {changes, next, more}.
/// limit defaults to 500 and is capped at 5000; since and limit must be non-negative
/// integers (400 otherwise).
void registerChangesRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::sync
