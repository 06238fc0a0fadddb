// SPDX-License-Identifier: Apache-2.0
#include "survey/storage/durable_directories.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace survey::storage {

namespace fs = std::filesystem;

void syncDirectory(const fs::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot open directory " + dir.string() + ": " +
                                 std::strerror(errno));
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    // Some file systems (FUSE mounts such as Android's shared storage, some network ones)
    // refuse to sync a directory at all; there is nothing more to do on them, as SQLite and
    // PostgreSQL also conclude. A failing disk (EIO) is still an error.
    if (!synced && error != EINVAL && error != EBADF)
        throw std::runtime_error("cannot sync directory " + dir.string() + ": " +
                                 std::strerror(error));
}

namespace {
/// `path` without a trailing separator, so that walking up by parent_path() meets `top`;
/// "." for the current directory, which a relative path's parent_path() names as "".
fs::path directoryPath(const fs::path& path) {
    const fs::path normal = (path / "").lexically_normal().parent_path();
    return normal.empty() ? fs::path(".") : normal;
}
} // namespace

void syncDirectoriesUpTo(const fs::path& dir, const fs::path& top) {
    const fs::path from = directoryPath(dir), to = directoryPath(top);
    const fs::path rest = from.lexically_relative(to);
    if (rest.empty() || *rest.begin() == "..")
        throw std::invalid_argument(top.string() + " does not contain " + dir.string());
    fs::path at = from;
    syncDirectory(at);
    while (at != to) {
        at = directoryPath(at.parent_path());
        syncDirectory(at);
    }
}

} // namespace survey::storage
