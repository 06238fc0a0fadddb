// SPDX-License-Identifier: Apache-2.0
// survey-server: the sync server and its admin commands (design.md §4).
#include "cli/commands.h"

#include <iostream>

using namespace survey::server::cli;

namespace {
int dispatch(const Arguments& args) {
    const auto& words = args.positional();
    const std::string command = words.empty() ? "" : words[0];
    const std::string sub = words.size() > 1 ? words[1] : "";
    if (command == "serve")
        return runServe(args, std::cout);
    if (command == "project" && sub == "add")
        return runProjectAdd(args, std::cout);
    if (command == "user" && sub == "add")
        return runUserAdd(args, std::cin, std::cout);
    if (command == "token" && sub == "revoke")
        return runTokenRevoke(args, std::cout);
    if (command == "demo")
        return runDemo(args, std::cout);
    if (command == "audit" && sub == "verify")
        return runAuditVerify(args, std::cout);
    if (command == "blobs" && sub == "check")
        return runBlobsCheck(args, std::cout);
    if (command == "backup")
        return runBackup(args, std::cout);
    if (command == "deadlines")
        return runDeadlines(args, std::cout);
    if (command == "help" || args.flag("help")) {
        std::cout << usageText();
        return 0;
    }
    throw UsageError(command.empty() ? "no command given" : "unknown command " + command);
}
} // namespace

int main(int argc, char** argv) {
    try {
        return dispatch(Arguments::parse({argv + 1, argv + argc}, {"insecure-http", "help"}));
    } catch (const UsageError& e) {
        std::cerr << "survey-server: " << e.what() << "\n\n" << usageText();
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "survey-server: " << e.what() << "\n";
        return 1;
    }
}
