// SPDX-License-Identifier: Apache-2.0
#include "blobs/blob_store.h"

#include "blobs/partial_file.h"
#include "survey/hashing/sha256.h"
#include "survey/storage/durable_directories.h"

#include <charconv>
#include <fstream>
#include <stdexcept>

namespace survey::server::blobs {

using errors::ApiError;
using errors::ErrorCode;
namespace fs = std::filesystem;

namespace {
fs::path lengthPath(const fs::path& partial) {
    return fs::path(partial).concat(".length");
}

std::optional<std::uint64_t> readLength(const fs::path& path) {
    std::ifstream in(path);
    std::string text;
    if (!(in >> text))
        return std::nullopt;
    std::uint64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// Written before the first byte, by rename, so a partial never lacks its declared length.
void writeLength(const fs::path& path, std::uint64_t length) {
    const fs::path tmp = fs::path(path).concat(".tmp");
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << length << '\n';
        if (!out.flush())
            throw std::runtime_error("cannot write " + tmp.string());
    }
    fs::rename(tmp, path);
}
} // namespace

BlobStore::BlobStore(fs::path root) : root_(std::move(root)) {
    fs::create_directories(root_ / "partial");
    storage::syncDirectoriesUpTo(root_, root_.parent_path());
}

fs::path BlobStore::relativePath(const std::string& sha256) {
    return fs::path(sha256.substr(0, 2)) / sha256.substr(2, 2) / sha256;
}

fs::path BlobStore::completePath(const std::string& sha256) const {
    return root_ / relativePath(sha256);
}

fs::path BlobStore::partialPath(const std::string& sha256) const {
    return root_ / "partial" / sha256;
}

std::optional<UploadState> BlobStore::state(const std::string& sha256) const {
    if (!hashing::isSha256Hex(sha256))
        return std::nullopt;
    std::error_code ec;
    const auto size = fs::file_size(completePath(sha256), ec);
    if (!ec)
        return UploadState{size, size};
    return partialState(sha256);
}

std::optional<UploadState> BlobStore::settledState(const std::string& sha256) {
    const auto current = state(sha256);
    std::error_code ec;
    if (!current || !current->complete() || fs::exists(completePath(sha256), ec))
        return current;
    const auto guard = locks_.lock(sha256);
    const auto partial = partialState(sha256);
    if (!partial || !partial->complete()) // finished or discarded by a PATCH meanwhile
        return state(sha256);
    PartialFile file(partialPath(sha256), partial->offset);
    const auto outcome = finish(sha256, file);
    if (std::holds_alternative<ApiError>(outcome))
        return std::nullopt;
    return std::get<PatchResult>(outcome).state;
}

std::optional<UploadState> BlobStore::partialState(const std::string& sha256) const {
    const auto length = readLength(lengthPath(partialPath(sha256)));
    if (!length)
        return std::nullopt;
    std::error_code ec;
    const auto size = fs::file_size(partialPath(sha256), ec);
    return UploadState{ec ? 0 : size, *length};
}

void BlobStore::discardPartial(const std::string& sha256) const {
    std::error_code ec;
    fs::remove(partialPath(sha256), ec);
    fs::remove(lengthPath(partialPath(sha256)), ec);
}

std::variant<PatchResult, ApiError> BlobStore::patch(const PatchRequest& request,
                                                     const BodyReader& body) {
    const std::string& sha = request.sha256;
    if (!hashing::isSha256Hex(sha))
        return ApiError{ErrorCode::BadRequest, "a blob name is 64 lower-case hex digits"};
    const auto guard = locks_.lock(sha);

    std::error_code ec;
    if (const auto size = fs::file_size(completePath(sha), ec); !ec)
        return PatchResult{{size, size}, false};

    auto current = partialState(sha);
    if (!current && !request.length)
        return ApiError{ErrorCode::MissingField, "the first PATCH of a blob declares Upload-Length",
                        "Upload-Length"};
    if (current && request.length && *request.length != current->length)
        return ApiError{ErrorCode::Conflict,
                        "Upload-Length " + std::to_string(*request.length) +
                            " differs from the declared " + std::to_string(current->length),
                        "Upload-Length"};
    if (!current && *request.length > kMaxBlobBytes)
        return ApiError{ErrorCode::TooLarge,
                        "blobs are limited to " + std::to_string(kMaxBlobBytes) + " bytes",
                        "Upload-Length"};
    const UploadState before = current.value_or(UploadState{0, *request.length});
    if (request.offset != before.offset)
        return ApiError{ErrorCode::Conflict,
                        "Upload-Offset " + std::to_string(request.offset) +
                            " does not match the stored offset " + std::to_string(before.offset),
                        "Upload-Offset"};
    if (request.bodyLength && *request.bodyLength > before.length - before.offset)
        return ApiError{ErrorCode::TooLarge, "the body runs past Upload-Length"};
    if (!current)
        writeLength(lengthPath(partialPath(sha)), before.length);

    PartialFile file(partialPath(sha), before.offset);
    bool overran = false;
    const bool read = body([&](const char* data, std::size_t size) {
        if (size > before.length - file.size()) {
            overran = true;
            return false;
        }
        file.append(data, size);
        return true;
    });
    if (overran) {
        // Nothing of a body that does not fit is kept: the client resumes from `before`.
        file.discardAppended();
        return ApiError{ErrorCode::TooLarge, "the body runs past Upload-Length"};
    }
    // Bytes of a cut connection stay: the client asks with HEAD where to resume.
    file.flush();
    if (!read)
        return ApiError{ErrorCode::BadRequest, "the upload body ended early; resume with HEAD"};
    if (file.size() < before.length)
        return PatchResult{{file.size(), before.length}, false};
    return finish(sha, file);
}

std::variant<PatchResult, ApiError> BlobStore::finish(const std::string& sha256,
                                                      PartialFile& file) {
    const std::string actual = file.finalHash();
    if (actual != sha256) {
        discardPartial(sha256);
        return ApiError{ErrorCode::HashMismatch, "the uploaded bytes hash to " + actual + ", not " +
                                                     sha256 + "; the upload is discarded"};
    }
    file.sync();
    const fs::path partial = partialPath(sha256);
    const fs::path target = completePath(sha256);
    fs::create_directories(target.parent_path());
    fs::rename(partial, target);
    // The name, and the fan-out directories made for it, survive a crash of the machine.
    storage::syncDirectoriesUpTo(target.parent_path(), root_);
    std::error_code ec;
    fs::remove(lengthPath(partial), ec);
    return PatchResult{{file.size(), file.size()}, true};
}

} // namespace survey::server::blobs
