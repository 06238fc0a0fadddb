// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "blobs/blob_locks.h"
#include "survey/errors/api_error.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <variant>

namespace survey::server::blobs {

class PartialFile;

/// Largest blob accepted (a photo is 2–5 MB; a signature's strokes far less).
inline constexpr std::uint64_t kMaxBlobBytes = 64u * 1024 * 1024;

/// How far an upload has come: bytes stored and bytes declared. Complete when equal.
struct UploadState {
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
    bool complete() const { return offset == length; }
};

/// Hands the request body to `sink` piece by piece; false when the body could not be read
/// to its end (connection cut) or the sink refused a piece.
using BodySink = std::function<bool(const char* data, std::size_t size)>;
using BodyReader = std::function<bool(const BodySink& sink)>;

/// One PATCH as the store sees it (tus 1.0 core).
struct PatchRequest {
    std::string sha256;
    std::uint64_t offset = 0;                ///< Upload-Offset
    std::optional<std::uint64_t> length;     ///< Upload-Length; required on the first PATCH
    std::optional<std::uint64_t> bodyLength; ///< Content-Length when the client sent one
};

/// What a PATCH achieved: the new state, and whether this request completed the blob
/// (false when it was already complete, so nothing was stored twice).
struct PatchResult {
    UploadState state;
    bool completedNow = false;
};

/// Content-addressed files under DIR/blobs: complete ones at aa/bb/<sha256>, uploads in
/// progress at partial/<sha256> with their declared length beside them. A blob becomes
/// visible only by an atomic rename after its bytes are on disk and hash to its name.
class BlobStore {
  public:
    /// Uses (and creates) `root` and root/partial.
    explicit BlobStore(std::filesystem::path root);

    const std::filesystem::path& root() const { return root_; }
    /// aa/bb/<sha256>: where a complete blob lies under the store's root (and under a
    /// backup's blobs/ folder).
    static std::filesystem::path relativePath(const std::string& sha256);
    /// root/aa/bb/<sha256> of a complete blob.
    std::filesystem::path completePath(const std::string& sha256) const;
    /// root/partial/<sha256> of an upload in progress.
    std::filesystem::path partialPath(const std::string& sha256) const;

    /// The state of a complete blob or an upload in progress; nullopt when unknown or
    /// when the name is not a SHA-256.
    std::optional<UploadState> state(const std::string& sha256) const;
    /// state(), after first finishing an upload whose every byte arrived but whose server
    /// was killed before it checked and stored the blob: a tus client takes an offset equal
    /// to the length for done and sends nothing more. A blob that fails its hash check is
    /// discarded (nullopt: upload it again).
    std::optional<UploadState> settledState(const std::string& sha256);

    /// Appends the body at `offset`; rules of tus 1.0 core: the offset must be the stored
    /// one (conflict), the first PATCH declares the length (missing_field, too_large), the
    /// body may not run past it (too_large, nothing kept). At the last byte the file is
    /// hashed: a mismatch discards the upload (hash_mismatch). A complete blob answers at
    /// once without reading the body. Concurrent PATCHes of one blob run one at a time.
    std::variant<PatchResult, errors::ApiError> patch(const PatchRequest& request,
                                                      const BodyReader& body);

  private:
    std::optional<UploadState> partialState(const std::string& sha256) const;
    std::variant<PatchResult, errors::ApiError> finish(const std::string& sha256,
                                                       PartialFile& file);
    void discardPartial(const std::string& sha256) const;

    std::filesystem::path root_;
    BlobLocks locks_;
};

} // namespace survey::server::blobs
