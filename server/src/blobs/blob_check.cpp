// SPDX-License-Identifier: Apache-2.0
#include "blobs/blob_check.h"

#include "survey/hashing/sha256.h"

#include <algorithm>

namespace survey::server::blobs {

namespace fs = std::filesystem;

namespace {
bool isHexPair(const fs::path& name) {
    const std::string s = name.string();
    return s.size() == 2 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

} // namespace

std::vector<BlobFile> completeBlobFiles(const fs::path& root) {
    std::vector<BlobFile> out;
    for (const auto& aa : fs::directory_iterator(root)) {
        if (!aa.is_directory() || !isHexPair(aa.path().filename()))
            continue;
        for (const auto& bb : fs::directory_iterator(aa.path())) {
            if (!bb.is_directory() || !isHexPair(bb.path().filename()))
                continue;
            const std::string prefix =
                aa.path().filename().string() + bb.path().filename().string();
            for (const auto& file : fs::directory_iterator(bb.path())) {
                const std::string name = file.path().filename().string();
                if (file.is_regular_file() && hashing::isSha256Hex(name) &&
                    name.starts_with(prefix))
                    out.push_back({name, file.file_size()});
            }
        }
    }
    std::sort(out.begin(), out.end(),
              [](const BlobFile& a, const BlobFile& b) { return a.sha256 < b.sha256; });
    return out;
}

BlobCheckReport checkBlobs(const BlobStore& store, storage::Database& db) {
    BlobCheckReport report;
    BlobIndex index(db);
    const auto files = completeBlobFiles(store.root());
    report.files = files.size();
    for (const auto& file : files)
        if (!index.isNamed(file.sha256))
            report.orphans.push_back(file);
    for (auto& named : index.allNamed()) {
        const auto state = store.state(named.sha256);
        if (!state || !state->complete())
            report.missing.push_back(std::move(named));
    }
    return report;
}

} // namespace survey::server::blobs
