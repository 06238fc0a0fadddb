// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace survey::device {

/// Writes `bytes` to `path` whole or not at all (QSaveFile: a temporary file, synced, then
/// renamed), then syncs the folders from the file's own up to `within`, which the file's
/// folder must be or lie in. After a flat battery the name is there and stands for these
/// bytes, so that a record saved next never names a photo or signature the tablet lost.
/// Throws std::runtime_error naming the path.
void writeFileDurably(const QString& path, const QByteArray& bytes, const QString& within);

} // namespace survey::device
