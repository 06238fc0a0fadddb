// SPDX-License-Identifier: Apache-2.0
#include "blobs/blob_patch_route.h"

#include "blobs/blob_http.h"
#include "blobs/blob_index.h"
#include "http/auth_middleware.h"
#include "http/json_io.h"
#include "http/server_setup.h"
#include "survey/hashing/sha256.h"

namespace survey::server::blobs {

using errors::ApiError;
using errors::ErrorCode;

namespace {
constexpr std::string_view kOffsetContentType = "application/offset+octet-stream";

// The PATCH as the store sees it, or the header at fault.
std::variant<PatchRequest, ApiError> patchRequest(const httplib::Request& req) {
    PatchRequest request{req.matches[1], 0, std::nullopt, std::nullopt};
    if (!hashing::isSha256Hex(request.sha256))
        return ApiError{ErrorCode::BadRequest, "a blob name is 64 lower-case hex digits"};
    const auto offset = parseByteCount(req.get_header_value("Upload-Offset"));
    if (!offset)
        return ApiError{ErrorCode::MissingField, "Upload-Offset must be a byte count",
                        "Upload-Offset"};
    request.offset = *offset;
    if (req.has_header("Upload-Length")) {
        request.length = parseByteCount(req.get_header_value("Upload-Length"));
        if (!request.length)
            return ApiError{ErrorCode::BadRequest, "Upload-Length must be a byte count",
                            "Upload-Length"};
    }
    if (req.has_header("Content-Length"))
        request.bodyLength = parseByteCount(req.get_header_value("Content-Length"));
    if (request.bodyLength && *request.bodyLength > http::kMaxJsonBodyBytes)
        return ApiError{ErrorCode::TooLarge, "send at most " +
                                                 std::to_string(http::kMaxJsonBodyBytes) +
                                                 " bytes per PATCH"};
    return request;
}

// Reads and drops a body nobody wants, so that the keep-alive connection stays in step.
void drain(const httplib::ContentReader& reader) {
    reader([](const char*, std::size_t) { return true; });
}

void sendRefusal(BlobStore& store, const std::string& sha, httplib::Response& res,
                 const ApiError& error) {
    if (error.code == ErrorCode::Conflict)
        if (auto state = store.state(sha))
            res.set_header("Upload-Offset", std::to_string(state->offset));
    http::sendError(res, error);
}
} // namespace

void handleBlobPatch(http::ServerContext& context, const httplib::Request& req,
                     httplib::Response& res, const httplib::ContentReader& reader) {
    res.set_header("Tus-Resumable", std::string(kTusVersion));
    std::optional<http::Caller> caller;
    {
        // The connection goes back to the pool before the body, which may take long.
        auto db = context.pool.acquire();
        auto checked = http::authenticate(req, *db, context.clock());
        if (auto* e = std::get_if<ApiError>(&checked)) {
            drain(reader);
            return http::sendError(res, *e);
        }
        caller = std::move(std::get<http::Caller>(checked));
        const std::string sha = req.matches[1];
        if (hashing::isSha256Hex(sha) && !BlobIndex(*db).mayUpload(caller->user, sha)) {
            drain(reader);
            return http::sendError(res, {ErrorCode::Forbidden, std::string(kNotNamedForYou)});
        }
    }
    if (auth::readsRecordsOnly(caller->user.role)) {
        drain(reader);
        return http::sendError(res, {ErrorCode::Forbidden, "a department does not upload"});
    }
    if (req.get_header_value("Content-Type") != kOffsetContentType) {
        drain(reader);
        return sendErrorWithStatus(
            res, {ErrorCode::BadRequest, "Content-Type must be " + std::string(kOffsetContentType)},
            415);
    }
    auto request = patchRequest(req);
    if (auto* e = std::get_if<ApiError>(&request)) {
        drain(reader);
        return http::sendError(res, *e);
    }
    const auto& patch = std::get<PatchRequest>(request);

    bool bodyRead = false;
    auto outcome = context.blobs->patch(patch, [&](const BodySink& sink) {
        bodyRead = true;
        return reader([&sink](const char* data, std::size_t size) { return sink(data, size); });
    });
    if (!bodyRead)
        drain(reader);
    if (auto* e = std::get_if<ApiError>(&outcome))
        return sendRefusal(*context.blobs, patch.sha256, res, *e);

    const auto& done = std::get<PatchResult>(outcome);
    // Indexing a blob that was already complete heals a crash between rename and index.
    if (done.state.complete()) {
        auto db = context.pool.acquire();
        BlobIndex(*db).recordComplete({patch.sha256, done.state.length, isoUtc(context.clock()),
                                       caller->user.id, caller->deviceId});
    }
    res.status = 204;
    res.set_header("Upload-Offset", std::to_string(done.state.offset));
}

} // namespace survey::server::blobs
