// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "blobs/chunk_buffer.h"
#include "survey/hashing/sha256.h"

#include <cstdint>
#include <filesystem>
#include <future>
#include <string>

namespace survey::server::blobs {

/// The file of an upload in progress, appended to by one PATCH. cpp-httplib hands a body
/// over in 4 KB pieces; they are gathered into chunks of a megabyte, and each chunk is hashed
/// (so the completed file is not read back to check its name) and written on a thread of its
/// own while the connection's thread decrypts the next. One chunk is in flight at a time, so
/// chunks are hashed and written in order; on two cores SHA-256 then no longer adds to the time
/// the body takes to arrive. Whole aligned chunks go to the disk with O_DIRECT, past the page
/// cache, whose new pages cost more CPU to fill than the disk write itself; the rest (an
/// unaligned start or end) goes through the cache and is handed to the disk at once, so the
/// one fsync at completion has little to wait for.
class PartialFile {
  public:
    /// Opens `path` for appending; it holds `offset` bytes from earlier PATCHes, which are
    /// hashed first so that the hash covers the whole blob. At offset 0 the file is emptied.
    PartialFile(std::filesystem::path path, std::uint64_t offset);
    ~PartialFile();
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    /// Bytes appended so far, earlier PATCHes included, buffered ones too.
    std::uint64_t size() const { return size_; }
    void append(const char* data, std::size_t size);
    /// Writes the buffered bytes, so that a HEAD sees every byte received.
    void flush();
    /// Drops what this PATCH appended: the file is cut back to where it started.
    void discardAppended();
    /// Writes and fsyncs everything; the bytes are durable when it returns.
    void sync();
    /// Lower-case hex SHA-256 of the whole file, after writing what is buffered; call once,
    /// at the end.
    std::string finalHash();

  private:
    void hashExisting(std::uint64_t offset);
    void closeFiles();
    /// Buffer size at which the buffer is written: a whole chunk, less what brings an
    /// unaligned start (a resumed upload) to the next aligned offset.
    std::size_t flushAt() const;
    /// Hands the buffer over to be stored (storeChunk, on a thread of its own) once the chunk
    /// before it is stored, and takes that chunk's buffer to fill next.
    void writeChunk();
    /// Hashes a chunk and writes it at `at`: with O_DIRECT if it is aligned and the file
    /// system takes direct I/O, else (or for what a short direct write left) through the cache.
    void storeChunk(const char* data, std::size_t size, std::uint64_t at);
    /// Waits until the chunk in flight, if any, is stored; rethrows what storing it threw.
    void awaitChunk();

    std::filesystem::path path_;
    int fd_ = -1;
    int directFd_ = -1;         ///< the same file opened with O_DIRECT; -1 where refused
    std::uint64_t start_ = 0;   ///< size before this PATCH
    std::uint64_t size_ = 0;    ///< size including the buffer
    std::uint64_t written_ = 0; ///< bytes in the file or in flight; the rest is in buffer_
    ChunkBuffer buffer_;
    std::size_t buffered_ = 0;
    ChunkBuffer inFlight_;
    std::future<void> pending_; ///< the chunk in flight (in inFlight_), being stored
    hashing::Sha256 hash_;
};

} // namespace survey::server::blobs
