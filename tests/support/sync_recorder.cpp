// SPDX-License-Identifier: Apache-2.0
#include "sync_recorder.h"

#include <algorithm>
#include <mutex>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>

namespace fs = std::filesystem;

namespace {
std::mutex syncedLock;
std::vector<fs::path> synced;

void recordSync(int fd) {
    std::error_code ec;
    auto path = fs::read_symlink("/proc/self/fd/" + std::to_string(fd), ec);
    std::lock_guard lock(syncedLock);
    synced.push_back(std::move(path));
}
} // namespace

extern "C" int fsync(int fd) {
    recordSync(fd);
    return static_cast<int>(::syscall(SYS_fsync, fd));
}

extern "C" int fdatasync(int fd) {
    recordSync(fd);
    return static_cast<int>(::syscall(SYS_fdatasync, fd));
}

namespace survey::testing {

std::vector<fs::path> takeSyncedPaths() {
    std::lock_guard lock(syncedLock);
    return std::exchange(synced, {});
}

long positionOf(const std::vector<fs::path>& paths, const fs::path& path) {
    const auto it = std::find(paths.begin(), paths.end(), fs::weakly_canonical(path));
    return it == paths.end() ? -1 : static_cast<long>(it - paths.begin());
}

} // namespace survey::testing
