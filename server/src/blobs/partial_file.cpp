// SPDX-License-Identifier: Apache-2.0
#include "blobs/partial_file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <unistd.h>
#include <vector>

namespace survey::server::blobs {

namespace fs = std::filesystem;

namespace {
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
    if (offset == 0)
        return;
    try {
        hashExisting(offset);
    } catch (...) {
        closeFiles();
        throw;
    }
}

PartialFile::~PartialFile() {
    if (pending_.valid()) // the write must end before its file is closed
        pending_.wait();
    closeFiles();
}

void PartialFile::closeFiles() {
    if (directFd_ >= 0)
        ::close(directFd_);
    ::close(fd_);
}

void PartialFile::hashExisting(std::uint64_t offset) {
    std::vector<char> chunk(kChunkBytes);
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
    return kChunkBytes - static_cast<std::size_t>(written_ % kChunkAlign);
}

void PartialFile::append(const char* data, std::size_t size) {
    size_ += size;
    while (size > 0) {
        const std::size_t take = std::min(size, flushAt() - buffered_);
        std::memcpy(buffer_.data() + buffered_, data, take);
        buffered_ += take;
        data += take;
        size -= take;
        if (buffered_ == flushAt())
            writeChunk();
    }
}

void PartialFile::writeChunk() {
    if (buffered_ == 0)
        return;
    awaitChunk(); // its buffer is the one to fill next
    std::swap(buffer_, inFlight_);
    pending_ = std::async(std::launch::async, &PartialFile::storeChunk, this, inFlight_.data(),
                          buffered_, written_);
    written_ += buffered_;
    buffered_ = 0;
}

void PartialFile::storeChunk(const char* data, std::size_t size, std::uint64_t at) {
    hash_.update(std::string_view(data, size));
    if (directFd_ >= 0 && at % kChunkAlign == 0 && size % kChunkAlign == 0) {
        ssize_t n;
        do
            n = ::pwrite(directFd_, data, size, static_cast<off_t>(at));
        while (n < 0 && errno == EINTR);
        if (n == static_cast<ssize_t>(size))
            return;
        if (n < 0 && errno != EINVAL)
            throwErrno("cannot write", path_);
        if (n < 0) { // direct I/O refused: this file goes through the page cache from now on
            ::close(directFd_);
            directFd_ = -1;
        }
        // A short write (the disk filling up) leaves an unaligned rest for the page cache,
        // which reports the error if there is one.
        const auto done = static_cast<std::size_t>(std::max<ssize_t>(n, 0));
        data += done;
        size -= done;
        at += done;
    }
    // Nothing is written while this chunk is stored, so the file ends at `at`.
    writeAll(fd_, data, size, path_);
    // Start writing these pages to disk now, without waiting: by the fsync at completion
    // most of the blob is on disk already. Only a hint; the fsync alone gives durability.
    ::sync_file_range(fd_, static_cast<off_t>(at), static_cast<off_t>(size), SYNC_FILE_RANGE_WRITE);
}

void PartialFile::awaitChunk() {
    if (pending_.valid())
        pending_.get(); // rethrows what storing it threw
}

void PartialFile::flush() {
    writeChunk();
    awaitChunk();
}

std::string PartialFile::finalHash() {
    flush();
    return hash_.finalHex();
}

void PartialFile::discardAppended() {
    if (pending_.valid()) // its bytes are dropped with the rest, written or not
        pending_.wait();
    pending_ = {};
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
