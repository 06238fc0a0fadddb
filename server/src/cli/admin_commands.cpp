// SPDX-License-Identifier: Apache-2.0
// The admin commands that change accounts and projects.
#include "auth/token_service.h"
#include "auth/user_repository.h"
#include "cli/commands.h"
#include "projects/project_repository.h"
#include "storage/data_directory.h"

#include <iostream>
#include <regex>

namespace survey::server::cli {

namespace {
std::string readPasswordLine(std::istream& in) {
    std::string password;
    std::getline(in, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    return password;
}
} // namespace

int runProjectAdd(const Arguments& args, std::ostream& out) {
    args.allowOnly({"data", "name", "freeze-date"}, 3);
    if (args.positional().size() != 3)
        throw UsageError("project add needs a CODE");
    std::optional<std::string> freezeDate = args.value("freeze-date");
    if (freezeDate && !std::regex_match(*freezeDate, std::regex(R"(\d{4}-\d{2}-\d{2})")))
        throw UsageError("--freeze-date must be YYYY-MM-DD");
    DataDirectory dir(args.required("data"));
    auto db = dir.openDatabase();
    out << projects::addProject(db, args.positional()[2], args.required("name"), freezeDate,
                                std::string(kCliActor))
        << "\n";
    return 0;
}

int runUserAdd(const Arguments& args, std::istream& in, std::ostream& out) {
    args.allowOnly({"data", "role", "name", "project"}, 3);
    if (args.positional().size() != 3)
        throw UsageError("user add needs a USERNAME");
    auto role = auth::roleFromName(args.required("role"));
    if (!role)
        throw UsageError("--role must be surveyor, reviewer, department or admin");
    DataDirectory dir(args.required("data"));
    auth::NewUser request{args.positional()[2], args.value("name").value_or(""),
                          readPasswordLine(in), *role, args.values("project")};
    auto db = dir.openDatabase();
    out << auth::addUser(db, request, std::string(kCliActor)) << "\n";
    return 0;
}

int runTokenRevoke(const Arguments& args, std::ostream& out) {
    args.allowOnly({"data", "device"}, 3);
    if (args.positional().size() != 3)
        throw UsageError("token revoke needs a USERNAME");
    DataDirectory dir(args.required("data"));
    auto db = dir.openDatabase();
    auto user = auth::UserRepository(db).findByUsername(args.positional()[2]);
    if (!user)
        throw std::invalid_argument("no user " + args.positional()[2]);
    out << "revoked "
        << auth::revokeDeviceAccess(db, user->id, args.required("device"), std::string(kCliActor))
        << "\n";
    return 0;
}

} // namespace survey::server::cli
