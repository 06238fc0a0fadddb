// SPDX-License-Identifier: Apache-2.0
#include "blobs/blob_routes.h"

#include "blobs/blob_http.h"
#include "blobs/blob_index.h"
#include "blobs/blob_patch_route.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "projects/project_access.h"
#include "survey/hashing/sha256.h"

#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace survey::server::blobs {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
constexpr std::size_t kReadChunk = 64 * 1024;

// Serves the file's bytes to cpp-httplib, which cuts out the requested ranges.
void streamFile(httplib::Response& res, const std::filesystem::path& path, std::uint64_t size) {
    auto fd = std::shared_ptr<int>(new int(::open(path.c_str(), O_RDONLY | O_CLOEXEC)), [](int* p) {
        if (*p >= 0)
            ::close(*p);
        delete p;
    });
    if (*fd < 0)
        throw std::runtime_error("cannot open blob " + path.string());
    res.set_content_provider(size, "application/octet-stream",
                             [fd](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                 char buffer[kReadChunk];
                                 const ssize_t n =
                                     ::pread(*fd, buffer, std::min(length, sizeof buffer),
                                             static_cast<off_t>(offset));
                                 return n > 0 && sink.write(buffer, static_cast<std::size_t>(n));
                             });
}

// HEAD answers where an upload stands (tus); GET sends a complete blob the caller may read.
void handleBlobRead(http::ServerContext& context, const httplib::Request& req,
                    httplib::Response& res) {
    res.set_header("Tus-Resumable", std::string(kTusVersion));
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    const std::string sha = req.matches[1];
    if (!hashing::isSha256Hex(sha))
        return http::sendError(res,
                               {ErrorCode::BadRequest, "a blob name is 64 lower-case hex digits"});
    const auto& who = std::get<http::Caller>(caller);
    // Where an upload stands is for those who may write or read the blob (mayRead covers
    // every record mayUpload admits), asked before and between PATCHes.
    if (req.method == "HEAD" && !BlobIndex(*db).mayRead(who.user, sha))
        return http::sendError(res, {ErrorCode::Forbidden, std::string(kNotNamedForYou)});
    const auto state = context.blobs->settledState(sha);
    // A server killed between the rename that completes a blob and its index row leaves a
    // complete file that HEAD reports as done, so the uploader never sends the PATCH that
    // would index it: the first look at it after the restart does.
    if (state && state->complete() && !BlobIndex(*db).find(sha))
        BlobIndex(*db).recordComplete(
            {sha, state->length, isoUtc(context.clock()), who.user.id, who.deviceId});
    if (req.method == "HEAD") {
        // Upload status is for uploaders; a department only looks at photos.
        if (auth::readsRecordsOnly(who.user.role))
            return http::sendError(res, {ErrorCode::Forbidden, "a department does not upload"});
        if (!state)
            return http::sendError(res, {ErrorCode::NotFound, "no upload of this blob"});
        res.status = 200;
        res.set_header("Cache-Control", "no-store");
        res.set_header("Upload-Offset", std::to_string(state->offset));
        res.set_header("Upload-Length", std::to_string(state->length));
        return;
    }
    if (!state || !state->complete())
        return http::sendError(res, {ErrorCode::NotFound, "the server does not have this blob"});
    if (!BlobIndex(*db).mayRead(who.user, sha))
        return http::sendError(res,
                               {ErrorCode::Forbidden, "no record you may read names this blob"});
    if (auto problem = rangeProblem(req.ranges, state->length)) {
        res.set_header("Content-Range", "bytes */" + std::to_string(state->length));
        return sendErrorWithStatus(res, {ErrorCode::BadRequest, *problem}, 416);
    }
    res.set_header("ETag", "\"" + sha + "\"");
    res.set_header("Accept-Ranges", "bytes");
    res.set_header("Cache-Control", "private, max-age=31536000, immutable");
    // Status stays unset: cpp-httplib answers 206 when it serves ranges, else 200.
    streamFile(res, context.blobs->completePath(sha), state->length);
}

void handleMissing(http::ServerContext& context, const httplib::Request& req,
                   httplib::Response& res) {
    auto db = context.pool.acquire();
    auto caller = http::authenticate(req, *db, context.clock());
    if (auto* e = std::get_if<ApiError>(&caller))
        return http::sendError(res, *e);
    auto project =
        projects::openProjectFor(*db, std::get<http::Caller>(caller).user, req.matches[1]);
    if (auto* e = std::get_if<ApiError>(&project))
        return http::sendError(res, *e);
    json missing = json::array();
    for (const auto& m : BlobIndex(*db).missingInProject(std::get<projects::Project>(project).id))
        missing.push_back({{"entity", m.entity},
                           {"id", m.id},
                           {"household_id", m.householdId},
                           {"sha256", m.sha256}});
    http::sendJson(res, 200, {{"missing", std::move(missing)}});
}
} // namespace

void registerBlobRoutes(httplib::Server& server, http::ServerContext& context) {
    if (!context.blobs)
        return;
    // Any name is matched so that a malformed one (path tricks) is a 400, not a 404.
    const std::string blobPath = R"(/api/v1/blobs/(.+))";
    server.Get(blobPath, [&context](const httplib::Request& req, httplib::Response& res) {
        handleBlobRead(context, req, res);
    });
    server.Patch(blobPath, [&context](const httplib::Request& req, httplib::Response& res,
                                      const httplib::ContentReader& reader) {
        handleBlobPatch(context, req, res, reader);
    });
    server.Get(R"(/api/v1/projects/([A-Za-z0-9_-]{1,64})/blobs/missing)",
               [&context](const httplib::Request& req, httplib::Response& res) {
                   handleMissing(context, req, res);
               });
}

} // namespace survey::server::blobs
