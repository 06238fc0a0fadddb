// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>

namespace survey::server::blobs {

/// Size of the writes an upload is gathered into, and their alignment: O_DIRECT wants the
/// buffer, the file offset and the length aligned to the device's logical block, and 4 KB is a
/// multiple of every block size the usual file systems use.
constexpr std::size_t kChunkBytes = 1 << 20;
constexpr std::size_t kChunkAlign = 4096;
static_assert(kChunkBytes % kChunkAlign == 0);

/// One aligned chunk-sized buffer, taken from a small pool kept between uploads and given
/// back when it goes. A fresh megabyte is faulted in page by page, and given back to the
/// system when freed: 256 page faults a chunk on the connection's thread, a tenth of its CPU
/// in the upload benchmark.
class ChunkBuffer {
  public:
    ChunkBuffer();
    ~ChunkBuffer();
    ChunkBuffer(ChunkBuffer&& other) noexcept;
    ChunkBuffer& operator=(ChunkBuffer&& other) noexcept;
    ChunkBuffer(const ChunkBuffer&) = delete;
    ChunkBuffer& operator=(const ChunkBuffer&) = delete;

    char* data() const { return data_; }

  private:
    char* data_;
};

} // namespace survey::server::blobs
