// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_archive.h"

#include "common/random_ids.h"
#include "survey/storage/durable_directories.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace survey::server::notices {

namespace {
constexpr std::string_view kFolder = "notices";

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
    throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

void writeAll(const std::filesystem::path& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        fail("cannot create", path);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            fail("cannot write", path);
        }
        done += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        fail("cannot fsync", path);
}
} // namespace

NoticeArchive::NoticeArchive(std::filesystem::path dataRoot) : root_(std::move(dataRoot)) {}

std::string NoticeArchive::store(std::string_view serial, std::string_view pdf) {
    const std::string relative = std::string(kFolder) + "/" + std::string(serial) + ".pdf";
    const auto folder = root_ / kFolder;
    const auto target = root_ / relative;
    const auto temp = folder / ("." + std::string(serial) + "." + newUuid() + ".tmp");
    std::filesystem::create_directories(folder);
    writeAll(temp, pdf);
    // link() fails when the target exists, where rename() would silently replace it.
    const bool linked = ::link(temp.c_str(), target.c_str()) == 0;
    const int linkErrno = errno;
    std::filesystem::remove(temp);
    if (!linked) {
        errno = linkErrno;
        fail("cannot archive notice as", target);
    }
    // The folder's own entry too: the first notice may be the one that made it.
    storage::syncDirectoriesUpTo(folder, root_);
    return relative;
}

void NoticeArchive::discard(std::string_view relativePath) {
    std::error_code ignored; // best effort: the caller is already handling a failure
    std::filesystem::remove(root_ / relativePath, ignored);
}

std::optional<std::string> NoticeArchive::read(std::string_view relativePath) const {
    std::ifstream in(root_ / relativePath, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace survey::server::notices
