// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace survey::server::notices {

/// DATA/notices/<serial>.pdf: every issued PDF, byte for byte as handed out. A file is
/// written once (fsync, then linked into place so that an existing one is never replaced)
/// and never changed; voiding a notice changes its row, not its file.
class NoticeArchive {
  public:
    /// `dataRoot` is the data directory; the archive is its notices/ folder, made by the first
    /// store().
    explicit NoticeArchive(std::filesystem::path dataRoot);

    /// Stores the PDF of `serial` durably and returns its path relative to the data
    /// directory. Throws std::runtime_error when a file of that serial already exists.
    std::string store(std::string_view serial, std::string_view pdf);
    /// Removes a file stored by a transaction that then failed to commit, so that its serial,
    /// never issued, can be allocated again.
    void discard(std::string_view relativePath);
    /// The bytes of an archived file, or nullopt when it cannot be read.
    std::optional<std::string> read(std::string_view relativePath) const;

  private:
    std::filesystem::path root_;
};

} // namespace survey::server::notices
