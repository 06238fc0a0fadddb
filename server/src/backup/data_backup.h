// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

/// A backup of a server data directory, taken while the server runs: weeks of field work
/// must survive the loss of the server's disk. The backup is itself a data directory, so
/// restoring it is serving it (`serve --data BACKUP`), with the same certificate the tablets
/// pin. Taken again into the same folder, it copies only the photos and notices that are new.
namespace survey::server::backup {

/// What one backup run did.
struct BackupReport {
    std::uint64_t databaseBytes = 0;
    std::size_t blobsCopied = 0, blobsKept = 0; ///< kept: already in the backup
    std::uint64_t blobBytesCopied = 0;
    std::size_t noticesCopied = 0, noticesKept = 0;
    /// Files that cannot be read or whose bytes no longer match their name or their notice
    /// row: not copied, since a backup must not pass damage on as good; the rest is backed up.
    /// "blobs/aa/bb/SHA" or "notices/SERIAL.pdf".
    std::vector<std::string> damaged;
};

/// Backs the data directory `from` up into `to` (made when missing; it must not lie inside
/// `from`, nor `from` inside it): first a consistent snapshot of the database, which replaces
/// the backup's database whole, then the TLS certificate and key, every complete blob not yet
/// in the backup (its SHA-256 checked while copied) and every notice PDF the snapshot lists
/// (checked against its row). Every file is synced before it takes its name, and its name
/// after. Throws std::invalid_argument for folders that overlap, std::runtime_error when
/// something cannot be read or written.
BackupReport backUp(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace survey::server::backup
