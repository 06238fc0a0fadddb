// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "blobs/blob_index.h"
#include "blobs/blob_store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace survey::server::blobs {

/// A complete blob file that no record, live or deleted, names.
struct OrphanBlob {
    std::string sha256;
    std::uint64_t size = 0;
};

/// What `survey-server blobs check` found: files without records, records without files.
struct BlobCheckReport {
    std::size_t files = 0;
    std::vector<OrphanBlob> orphans;
    std::vector<MissingBlob> missing;
};

/// Compares the complete files under the store's aa/bb/ folders with the records that
/// name blobs. Uploads in progress are neither orphans nor present.
BlobCheckReport checkBlobs(const BlobStore& store, storage::Database& db);

} // namespace survey::server::blobs
