// SPDX-License-Identifier: Apache-2.0
#include "blobs/partial_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>

namespace survey::server::blobs {

namespace fs = std::filesystem;

namespace {
// Large enough that a 3 MB photo is three writes, small enough per concurrent upload.
constexpr std::size_t kWriteChunk = 1 << 20;

[[noreturn]] void throwErrno(const std::string& what, const fs::path& path) {
    throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

void writeAll(int fd, const char* data, std::size_t size, const fs::path& path) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throwErrno("cannot write", path);
        data += n;
        size -= static_cast<std::size_t>(n);
    }
}
} // namespace

PartialFile::PartialFile(fs::path path, std::uint64_t offset)
    : path_(std::move(path)), start_(offset), size_(offset), written_(offset) {
    // A new upload owns no bytes yet. A file already there is what a crash left of an upload
    // whose length file never reached the disk (it is not synced); appending to it would put
    // those bytes in front of the new ones, under a name only the new ones hash to.
    const int fresh = offset == 0 ? O_TRUNC : 0;
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | fresh, 0644);
    if (fd_ < 0)
        throwErrno("cannot open", path_);
    buffer_.reserve(kWriteChunk);
    if (offset > 0)
        hashExisting(offset);
}

PartialFile::~PartialFile() {
    ::close(fd_);
}

void PartialFile::hashExisting(std::uint64_t offset) {
    std::vector<char> chunk(kWriteChunk);
    for (std::uint64_t done = 0; done < offset;) {
        const auto want =
            static_cast<std::size_t>(std::min<std::uint64_t>(chunk.size(), offset - done));
        const ssize_t n = ::pread(fd_, chunk.data(), want, static_cast<off_t>(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throwErrno("cannot read", path_);
        hash_.update(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
        done += static_cast<std::uint64_t>(n);
    }
}

void PartialFile::append(const char* data, std::size_t size) {
    hash_.update(std::string_view(data, size));
    size_ += size;
    while (size > 0) {
        const std::size_t take = std::min(size, kWriteChunk - buffer_.size());
        buffer_.insert(buffer_.end(), data, data + take);
        data += take;
        size -= take;
        if (buffer_.size() == kWriteChunk)
            flush();
    }
}

void PartialFile::flush() {
    if (buffer_.empty())
        return;
    writeAll(fd_, buffer_.data(), buffer_.size(), path_);
    // Start writing these pages to disk now, without waiting: by the fsync at completion
    // most of the blob is on disk already. Only a hint; the fsync alone gives durability.
    ::sync_file_range(fd_, static_cast<off_t>(written_), static_cast<off_t>(buffer_.size()),
                      SYNC_FILE_RANGE_WRITE);
    written_ += buffer_.size();
    buffer_.clear();
}

void PartialFile::discardAppended() {
    buffer_.clear();
    if (::ftruncate(fd_, static_cast<off_t>(start_)) != 0)
        throwErrno("cannot truncate", path_);
    size_ = written_ = start_;
}

void PartialFile::sync() {
    flush();
    if (::fsync(fd_) != 0)
        throwErrno("cannot sync", path_);
}

} // namespace survey::server::blobs
