// SPDX-License-Identifier: Apache-2.0
#include "blobs/partial_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <stdexcept>
#include <unistd.h>
#include <vector>

namespace survey::server::blobs {

namespace fs = std::filesystem;

namespace {
// Large enough that a 3 MB photo is three writes, small enough per concurrent upload.
constexpr std::size_t kWriteChunk = 1 << 20;
// O_DIRECT wants the buffer, the file offset and the length aligned to the device's logical
// block; 4 KB is a multiple of every block size the usual file systems use.
constexpr std::size_t kDirectAlign = 4096;
static_assert(kWriteChunk % kDirectAlign == 0);

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
    // A file system without direct I/O (tmpfs, some network mounts) refuses it here or at the
    // first write; the page cache then takes every byte.
    directFd_ = ::open(path_.c_str(), O_WRONLY | O_DIRECT | O_CLOEXEC);
    buffer_.reset(static_cast<char*>(std::aligned_alloc(kDirectAlign, kWriteChunk)));
    if (!buffer_) {
        ::close(fd_);
        if (directFd_ >= 0)
            ::close(directFd_);
        throw std::bad_alloc();
    }
    if (offset > 0)
        hashExisting(offset);
}

PartialFile::~PartialFile() {
    if (directFd_ >= 0)
        ::close(directFd_);
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

std::size_t PartialFile::flushAt() const {
    return kWriteChunk - static_cast<std::size_t>(written_ % kDirectAlign);
}

void PartialFile::append(const char* data, std::size_t size) {
    hash_.update(std::string_view(data, size));
    size_ += size;
    while (size > 0) {
        const std::size_t take = std::min(size, flushAt() - buffered_);
        std::memcpy(buffer_.get() + buffered_, data, take);
        buffered_ += take;
        data += take;
        size -= take;
        if (buffered_ == flushAt())
            flush();
    }
}

bool PartialFile::writeDirect() {
    if (directFd_ < 0 || written_ % kDirectAlign != 0 || buffered_ % kDirectAlign != 0)
        return false;
    ssize_t n;
    do
        n = ::pwrite(directFd_, buffer_.get(), buffered_, static_cast<off_t>(written_));
    while (n < 0 && errno == EINTR);
    if (n < 0 && errno == EINVAL) {
        ::close(directFd_);
        directFd_ = -1;
        return false;
    }
    if (n < 0)
        throwErrno("cannot write", path_);
    // A short write (the disk filling up) leaves an unaligned rest: it goes through the cache,
    // which reports the error if there is one.
    const auto done = static_cast<std::size_t>(n);
    writeAll(fd_, buffer_.get() + done, buffered_ - done, path_);
    return true;
}

void PartialFile::flush() {
    if (buffered_ == 0)
        return;
    if (!writeDirect()) {
        writeAll(fd_, buffer_.get(), buffered_, path_);
        // Start writing these pages to disk now, without waiting: by the fsync at completion
        // most of the blob is on disk already. Only a hint; the fsync alone gives durability.
        ::sync_file_range(fd_, static_cast<off_t>(written_), static_cast<off_t>(buffered_),
                          SYNC_FILE_RANGE_WRITE);
    }
    written_ += buffered_;
    buffered_ = 0;
}

void PartialFile::discardAppended() {
    buffered_ = 0;
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
