// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/hashing/sha256.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace survey::server::blobs {

/// The file of an upload in progress, appended to by one PATCH. cpp-httplib hands a body
/// over in 4 KB pieces; they are gathered into large writes, hashed as they arrive (so the
/// completed file is not read back to check its name), and handed to the disk while the
/// rest of the body is still arriving (so the one fsync at completion has little to wait for).
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

    std::filesystem::path path_;
    int fd_ = -1;
    std::uint64_t start_ = 0;   ///< size before this PATCH
    std::uint64_t size_ = 0;    ///< size including the buffer
    std::uint64_t written_ = 0; ///< bytes in the file; the rest is in buffer_
    std::vector<char> buffer_;
    hashing::Sha256 hash_;
};

} // namespace survey::server::blobs
