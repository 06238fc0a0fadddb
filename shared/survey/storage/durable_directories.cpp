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
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    const int error = errno;
    if (fd >= 0)
        ::close(fd);
    if (!synced)
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
