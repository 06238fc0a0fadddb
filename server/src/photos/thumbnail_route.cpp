// SPDX-License-Identifier: Apache-2.0
#include "photos/thumbnail_route.h"

#include "blobs/blob_index.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "photos/photo_thumbnail.h"

namespace survey::server::photos {

using errors::ApiError;
using errors::ErrorCode;

namespace {
void handleThumbnail(http::ServerContext& context, const httplib::Request& req,
                     httplib::Response& res) {
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    const std::string sha = req.matches[1];
    const auto state = context.blobs->state(sha);
    if (!state || !state->complete())
        return http::sendError(res, {ErrorCode::NotFound, "the server does not have this blob"});
    if (!blobs::BlobIndex(*db).mayRead(std::get<http::Caller>(caller).user, sha))
        return http::sendError(res,
                               {ErrorCode::Forbidden, "no record you may read names this blob"});
    std::string jpeg = thumbnail(context.blobs->completePath(sha),
                                 context.dataRoot / "thumbs" / sha.substr(0, 2) / (sha + ".jpg"));
    if (jpeg.empty())
        return http::sendError(res, {ErrorCode::Validation, "this blob is not an image"});
    res.set_header("Cache-Control", "private, max-age=31536000, immutable");
    res.set_content(std::move(jpeg), "image/jpeg");
}
} // namespace

void registerThumbnailRoute(httplib::Server& server, http::ServerContext& context) {
    if (!context.blobs)
        return;
    server.Get(R"(/api/v1/blobs/([0-9a-f]{64})/thumb)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleThumbnail(context, req, res);
               });
}

} // namespace survey::server::photos
