// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/hashing/sha256.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace survey::server::blobs {

/// The file of an upload in progress, appended to by one PATCH. cpp-httplib hands a body
/// over in 4 KB pieces; they are gathered into large writes, hashed as they arrive (so the
/// completed file is not read back to check its name), and handed to the disk while the
/// rest of the body is still arriving (so the one fsync at completion has little to wait for).
/// Whole aligned chunks go to the disk with O_DIRECT, past the page cache: filling new
/// page-cache pages costs more CPU than the disk write itself, on the cores that also decrypt
/// and hash the body. The rest (an unaligned start or end) is written through the cache.
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
    /// Lower-case hex SHA-256 of the whole file; call once, at the end.
    std::string finalHash() { return hash_.finalHex(); }

  private:
    void hashExisting(std::uint64_t offset);
    /// Buffer size at which the buffer is written: a whole chunk, less what brings an
    /// unaligned start (a resumed upload) to the next aligned offset.
    std::size_t flushAt() const;
    /// Writes the buffer with O_DIRECT if it is aligned and the file system takes it;
    /// false when it must go through the page cache instead.
    bool writeDirect();

    std::filesystem::path path_;
    int fd_ = -1;
    int directFd_ = -1;         ///< the same file opened with O_DIRECT; -1 where refused
    std::uint64_t start_ = 0;   ///< size before this PATCH
    std::uint64_t size_ = 0;    ///< size including the buffer
    std::uint64_t written_ = 0; ///< bytes in the file; the rest is in buffer_
    std::unique_ptr<char, decltype(&std::free)> buffer_{nullptr, &std::free};
    std::size_t buffered_ = 0;
    hashing::Sha256 hash_;
};

} // namespace survey::server::blobs
