// SPDX-License-Identifier: Apache-2.0
#include "sync_recorder.h"

#include <algorithm>
#include <cerrno>
#include <mutex>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>

namespace fs = std::filesystem;

namespace {
std::mutex syncedLock;
std::vector<fs::path> synced;
fs::path failingPath;
int failingError = 0;

/// Records the sync; the errno it must fail with, or 0.
int recordSync(int fd) {
    std::error_code ec;
    auto path = fs::read_symlink("/proc/self/fd/" + std::to_string(fd), ec);
    std::lock_guard lock(syncedLock);
    const int error = failingError != 0 && path == failingPath ? failingError : 0;
    synced.push_back(std::move(path));
    return error;
}

int refuse(int error) {
    errno = error;
    return -1;
}
} // namespace

extern "C" int fsync(int fd) {
    if (const int error = recordSync(fd))
        return refuse(error);
    return static_cast<int>(::syscall(SYS_fsync, fd));
}

extern "C" int fdatasync(int fd) {
    if (const int error = recordSync(fd))
        return refuse(error);
    return static_cast<int>(::syscall(SYS_fdatasync, fd));
}

namespace survey::testing {

std::vector<fs::path> takeSyncedPaths() {
    std::lock_guard lock(syncedLock);
    return std::exchange(synced, {});
}

void failSyncsOf(const fs::path& path, int error) {
    std::lock_guard lock(syncedLock);
    failingPath = fs::weakly_canonical(path);
    failingError = error;
}

long positionOf(const std::vector<fs::path>& paths, const fs::path& path) {
    const auto it = std::find(paths.begin(), paths.end(), fs::weakly_canonical(path));
    return it == paths.end() ? -1 : static_cast<long>(it - paths.begin());
}

} // namespace survey::testing
