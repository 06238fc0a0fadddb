// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <vector>

/// Records the fsync and fdatasync calls of a test executable that compiles
/// sync_recorder.cpp: its definitions of both stand in for libc's, for the code linked into
/// the executable and for the shared libraries it loads (SQLite's commits, Qt's QSaveFile),
/// and pass each call on to the kernel. Tests use it to check that what the product answers
/// for is synced, and in which order.
namespace survey::testing {

/// The paths the synced descriptors named at the time of each call, in call order, since
/// the last call; the record starts anew.
std::vector<std::filesystem::path> takeSyncedPaths();

/// From now on, a sync of `path` (made canonical) fails with `error` after it is recorded,
/// as on a file system or disk that refuses it; 0 lets it succeed again.
void failSyncsOf(const std::filesystem::path& path, int error);

/// Index of `path` (made canonical) among `paths`, or -1.
long positionOf(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& path);

} // namespace survey::testing
