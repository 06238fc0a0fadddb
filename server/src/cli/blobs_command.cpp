// SPDX-License-Identifier: Apache-2.0
// `survey-server blobs check`: blob files and the records that name them, compared.
#include "blobs/blob_check.h"
#include "cli/commands.h"
#include "storage/data_directory.h"

#include <iostream>

namespace survey::server::cli {

int runBlobsCheck(const Arguments& args, std::ostream& out) {
    args.allowOnly({"data"}, 2);
    const std::string data = args.required("data");
    DataDirectory dir(data);
    auto db = dir.openDatabase();
    const blobs::BlobStore store(std::filesystem::path(data) / "blobs");
    const auto report = blobs::checkBlobs(store, db);
    for (const auto& orphan : report.orphans)
        out << "orphan " << orphan.sha256 << " " << orphan.size << "\n";
    for (const auto& m : report.missing)
        out << "missing " << m.entity << " " << m.id << " " << m.sha256 << "\n";
    out << "blobs " << report.files << " files, " << report.orphans.size() << " orphan, "
        << report.missing.size() << " missing\n";
    return report.missing.empty() ? 0 : 1;
}

} // namespace survey::server::cli
