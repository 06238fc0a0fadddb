// SPDX-License-Identifier: Apache-2.0
#include "blobs/chunk_buffer.h"

#include <cstdlib>
#include <mutex>
#include <new>
#include <utility>
#include <vector>

namespace survey::server::blobs {

namespace {
// Two buffers an upload; beyond this many spare, a buffer is freed (16 MB at most held idle).
constexpr std::size_t kMaxSpare = 16;

class Pool {
  public:
    ~Pool() {
        for (char* buffer : spare_)
            std::free(buffer);
    }
    char* take() {
        {
            const std::lock_guard lock(mutex_);
            if (!spare_.empty()) {
                char* buffer = spare_.back();
                spare_.pop_back();
                return buffer;
            }
        }
        auto* buffer = static_cast<char*>(std::aligned_alloc(kChunkAlign, kChunkBytes));
        if (!buffer)
            throw std::bad_alloc();
        return buffer;
    }
    void give(char* buffer) {
        {
            const std::lock_guard lock(mutex_);
            if (spare_.size() < kMaxSpare) {
                spare_.push_back(buffer);
                return;
            }
        }
        std::free(buffer);
    }

  private:
    std::mutex mutex_;
    std::vector<char*> spare_;
};

Pool& pool() {
    static Pool instance;
    return instance;
}
} // namespace

ChunkBuffer::ChunkBuffer() : data_(pool().take()) {}

ChunkBuffer::~ChunkBuffer() {
    if (data_)
        pool().give(data_);
}

ChunkBuffer::ChunkBuffer(ChunkBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)) {}

ChunkBuffer& ChunkBuffer::operator=(ChunkBuffer&& other) noexcept {
    std::swap(data_, other.data_);
    return *this;
}

} // namespace survey::server::blobs
