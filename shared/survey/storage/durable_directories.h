// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>

/// Making names durable. A file's fsync makes its bytes durable, not its name: the entry
/// that names it, and the entries of any directories made for it, are durable only once
/// each directory that holds one is synced too (POSIX; ext4 happens to commit them together,
/// other file systems need not).
namespace survey::storage {

/// fsyncs `dir`, so that the entries made in it so far survive a crash of the machine.
/// Throws std::runtime_error when `dir` cannot be opened or the sync fails; a file system
/// that does not sync directories at all (EINVAL, EBADF) is not a failure.
void syncDirectory(const std::filesystem::path& dir);

/// Syncs `dir` and each directory above it up to and including `top`, deepest first, so that
/// a name made in `dir` is reachable from `top` after a crash, whichever of the directories
/// on the way were created for it. Syncing a directory with nothing new costs little.
/// Throws std::invalid_argument when `top` does not contain `dir`.
void syncDirectoriesUpTo(const std::filesystem::path& dir, const std::filesystem::path& top);

} // namespace survey::storage
