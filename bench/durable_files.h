// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>

/// Blob files written as the server's blob store writes them, for the upload benchmark's
/// floors: what storing the bytes durably costs without TLS, HTTP, hashing or checks.
namespace survey::bench {

/// Stores each blob in a file of its own and fsyncs it at its last byte: the least a store
/// that answers only once a blob is durable must do on top of receiving it. It writes as the
/// server's blob store does, whole aligned megabytes with O_DIRECT (the blob size is a whole
/// number of them), so that the page cache's cost is not charged to the floor alone.
class DurableFiles {
  public:
    DurableFiles(std::filesystem::path dir, std::size_t blobSize);
    ~DurableFiles();
    DurableFiles(const DurableFiles&) = delete;

    /// The next bytes of the blob stream; a blob's file is synced and closed at its last byte.
    void write(const char* data, std::size_t size);

  private:
    void open();

    std::filesystem::path dir_;
    std::size_t blobSize_, filled_ = 0, buffered_ = 0, count_ = 0;
    std::unique_ptr<char, void (*)(void*)> buffer_;
    int fd_ = -1;
};

/// Seconds to store `blobs` × `blobSize` bytes from memory in `dir` through DurableFiles:
/// the disk alone. No store that makes every blob durable before it answers can take in
/// bytes faster than this, however well it overlaps the disk with the network.
double storeFromMemory(const std::filesystem::path& dir, std::size_t blobs, std::size_t blobSize);

} // namespace survey::bench
