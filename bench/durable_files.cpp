// SPDX-License-Identifier: Apache-2.0
#include "durable_files.h"

#include "bench_support.h"

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace survey::bench {

namespace {
constexpr std::size_t kWriteChunk = 1 << 20, kAlign = 4096;
} // namespace

DurableFiles::DurableFiles(std::filesystem::path dir, std::size_t blobSize)
    : dir_(std::move(dir)), blobSize_(blobSize),
      buffer_(static_cast<char*>(std::aligned_alloc(kAlign, kWriteChunk)), &std::free) {
    if (blobSize_ % kWriteChunk != 0 || !buffer_)
        throw std::runtime_error("the durable floor writes whole aligned megabytes");
}

DurableFiles::~DurableFiles() {
    if (fd_ >= 0)
        close(fd_);
}

void DurableFiles::write(const char* data, std::size_t size) {
    while (size > 0) {
        if (fd_ < 0)
            open();
        const std::size_t take = std::min(size, kWriteChunk - buffered_);
        std::memcpy(buffer_.get() + buffered_, data, take);
        data += take;
        size -= take;
        buffered_ += take;
        if (buffered_ < kWriteChunk)
            continue;
        if (pwrite(fd_, buffer_.get(), kWriteChunk, static_cast<off_t>(filled_)) !=
            static_cast<ssize_t>(kWriteChunk))
            throw std::runtime_error("cannot write a blob file");
        filled_ += kWriteChunk;
        buffered_ = 0;
        if (filled_ == blobSize_) {
            if (fsync(fd_) != 0)
                throw std::runtime_error("cannot sync a blob file");
            close(fd_);
            fd_ = -1;
        }
    }
}

void DurableFiles::open() {
    const auto path = dir_ / std::to_string(count_++);
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_DIRECT, 0644);
    if (fd_ < 0)
        throw std::runtime_error("cannot create " + path.string());
    filled_ = 0;
}

double storeFromMemory(const std::filesystem::path& dir, std::size_t blobs, std::size_t blobSize) {
    const std::string blob(blobSize, 'x');
    DurableFiles files(dir, blobSize);
    Stopwatch clock;
    for (std::size_t b = 0; b < blobs; ++b)
        files.write(blob.data(), blob.size());
    return clock.seconds();
}

} // namespace survey::bench
