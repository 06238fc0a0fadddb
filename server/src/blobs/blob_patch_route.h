// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/server_context.h"

#include <httplib.h>

namespace survey::server::blobs {

/// PATCH /api/v1/blobs/{sha256}: streams the body into the blob store, and indexes and
/// audits the blob when its last byte arrives. Answers 204 with the new Upload-Offset.
void handleBlobPatch(http::ServerContext& context, const httplib::Request& req,
                     httplib::Response& res, const httplib::ContentReader& reader);

} // namespace survey::server::blobs
