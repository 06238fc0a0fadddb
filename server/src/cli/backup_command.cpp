// SPDX-License-Identifier: Apache-2.0
// `survey-server backup`: the data directory copied to another disk while the server runs.
#include "backup/data_backup.h"
#include "cli/commands.h"

#include <iostream>

namespace survey::server::cli {

int runBackup(const Arguments& args, std::ostream& out) {
    args.allowOnly({"data", "to"}, 1);
    const auto report = backup::backUp(args.required("data"), args.required("to"));
    for (const auto& file : report.damaged)
        out << "damaged " << file << "\n";
    out << "database " << report.databaseBytes << " bytes\n"
        << "blobs " << report.blobsCopied << " copied (" << report.blobBytesCopied << " bytes), "
        << report.blobsKept << " already there\n"
        << "notices " << report.noticesCopied << " copied, " << report.noticesKept
        << " already there\n";
    return report.damaged.empty() ? 0 : 1;
}

} // namespace survey::server::cli
