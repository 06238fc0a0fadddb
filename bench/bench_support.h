// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/sync/protocol.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

/// Set-up shared by the server benchmarks: a scratch data directory with a project and a
/// surveyor, realistic survey changes, the real survey-server on a loopback port, timing.
namespace survey::bench {

/// A fresh directory under $TMPDIR, removed with the object.
class ScratchDir {
  public:
    explicit ScratchDir(const std::string& name);
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

/// The project and surveyor account a benchmark's data directory was seeded with.
struct SeededProject {
    std::string projectId, userId, username, password;
};

/// Migrates a new data directory and adds a project and a surveyor assigned to it.
SeededProject seedDataDirectory(const std::filesystem::path& dataDir);

/// Copies a closed data directory's database, so that several runs start from the same state.
void copyDataDirectory(const std::filesystem::path& from, const std::filesystem::path& to);

/// The first `count` changes of the demo survey (households, members, buildings with
/// measured parts whose area_dm2 comes from the shared area rules, ancillary items), in
/// push order, parents first.
std::vector<survey::sync::Change> surveyChanges(std::size_t count);

/// The real survey-server serving a data directory on 127.0.0.1:0 over HTTPS.
class ServerProcess {
  public:
    explicit ServerProcess(const std::filesystem::path& dataDir);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    int port() const { return port_; }

  private:
    pid_t pid_ = -1;
    int port_ = 0;
};

/// Logs in over HTTPS and returns the bearer token; throws on failure.
std::string loginToken(int port, const std::string& username, const std::string& password);

/// Seconds since construction, on the steady clock.
class Stopwatch {
  public:
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

  private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

/// Prints one figure as `RESULT <bench> <name> <value> <unit>` for scripts/bench.sh's table.
void report(const std::string& bench, const std::string& name, double value,
            const std::string& unit);

} // namespace survey::bench
