// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/user_repository.h"
#include "survey/storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace survey::server::blobs {

/// Audit action of a blob whose last byte arrived and whose hash checked out.
inline constexpr std::string_view kUploadCompleteAction = "blob.upload.complete";

/// A complete blob as the `blobs` table knows it.
struct IndexedBlob {
    std::string sha256;
    std::uint64_t size = 0;
    std::string createdAt, uploadedBy, deviceId;
};

/// A record that names a blob the server does not have.
struct MissingBlob {
    std::string entity; ///< "photo" or "signature"
    std::string id, householdId, sha256, projectId;
};

/// The `blobs` table and the records (photos, signature strokes) that name blobs.
class BlobIndex {
  public:
    explicit BlobIndex(storage::Database& db) : db_(db) {}

    /// Records a complete blob and its first uploader, with the audit row, in one
    /// transaction. Indexing a blob twice changes nothing; returns true the first time.
    bool recordComplete(const IndexedBlob& blob);
    /// The indexed blob of this name, if any.
    std::optional<IndexedBlob> find(const std::string& sha256);
    /// Admins read every blob; everybody else the blobs they uploaded and those named by a
    /// photo or signature of a project they are assigned to.
    bool mayRead(const auth::User& user, const std::string& sha256);
    /// Uploads (and their HEAD) are for blobs a live photo or signature already names, in a
    /// project the caller works in (any project for those who see all): the tablet pushes
    /// the record before the bytes, so nobody can park unrelated bytes on the server or
    /// probe another project's uploads.
    bool mayUpload(const auth::User& user, const std::string& sha256);
    /// Live photos and signatures of a project whose blob is not indexed.
    std::vector<MissingBlob> missingInProject(const std::string& projectId);
    /// Every live photo and signature that names a blob, in every project.
    std::vector<MissingBlob> allNamed();
    /// True when any record, live or deleted, names the blob (deleted records keep their
    /// history, so their blobs are not orphans).
    bool isNamed(const std::string& sha256);

  private:
    /// True when a photo or signature (live ones only if asked) of a project the user works
    /// in names the blob.
    bool namedInProjectOf(const auth::User& user, const std::string& sha256, bool liveOnly);
    std::vector<MissingBlob> namedWhere(const std::string& condition, const std::string& projectId);
    storage::Database& db_;
};

} // namespace survey::server::blobs
