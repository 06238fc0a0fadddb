// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "blobs/blob_index.h"
#include "blobs/blob_store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace survey::server::blobs {

/// A complete blob file of the store.
struct BlobFile {
    std::string sha256;
    std::uint64_t size = 0;
};

/// What `survey-server blobs check` found: files without records, records without files.
struct BlobCheckReport {
    std::size_t files = 0;
    std::vector<BlobFile> orphans; ///< files that no record, live or deleted, names
    std::vector<MissingBlob> missing;
};

/// Every complete blob file under `root`'s aa/bb/ folders whose name fits its folders, sorted
/// by name. Uploads in progress (root/partial) are not among them.
std::vector<BlobFile> completeBlobFiles(const std::filesystem::path& root);

/// Compares the complete files under the store's aa/bb/ folders with the records that
/// name blobs. Uploads in progress are neither orphans nor present.
BlobCheckReport checkBlobs(const BlobStore& store, storage::Database& db);

} // namespace survey::server::blobs
