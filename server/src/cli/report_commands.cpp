// SPDX-License-Identifier: Apache-2.0
// The demo generator and the audit check, as commands.
#include "audit/audit_verify.h"
#include "cli/commands.h"
#include "demo/demo_generator.h"
#include "storage/data_directory.h"

#include <iostream>

namespace survey::server::cli {

int runDemo(const Arguments& args, std::ostream& out) {
    args.allowOnly({"data"}, 1);
    DataDirectory dir(args.required("data"));
    auto db = dir.openDatabase();
    const auto report = demo::generateDemo(db);
    out << "project " << demo::kDemoProjectCode << " " << report.projectId << "\n";
    if (report.householdsCreated > 0)
        out << "households " << report.householdsCreated << " (" << report.changesApplied
            << " changes pushed)\n";
    else
        out << "households unchanged (the project already has households)\n";
    for (const auto& login : report.logins)
        out << "login " << login.username << " " << login.password << "\n";
    return 0;
}

int runAuditVerify(const Arguments& args, std::ostream& out) {
    args.allowOnly({"data"}, 2);
    DataDirectory dir(args.required("data"));
    auto db = dir.openDatabase();
    const auto check = audit::verifyAuditChain(db);
    if (check.ok) {
        out << "OK " << check.rows << " rows\n";
        return 0;
    }
    out << "BROKEN at seq " << check.brokenSeq << ": " << check.reason << " (" << check.rows
        << " rows verified before it)\n";
    return 1;
}

} // namespace survey::server::cli
