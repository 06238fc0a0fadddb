// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::photos {

/// GET /api/v1/blobs/{sha256}/thumb — a small JPEG of a photo for the review tiles, with the
/// same read permission as the blob itself; thumbnails are cached under DIR/thumbs.
void registerThumbnailRoute(httplib::Server& server, http::ServerContext& context);

} // namespace survey::server::photos
