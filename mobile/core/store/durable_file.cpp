// SPDX-License-Identifier: Apache-2.0
#include "store/durable_file.h"

#include "survey/storage/durable_directories.h"

#include <QFileInfo>
#include <QSaveFile>
#include <stdexcept>

namespace survey::device {

void writeFileDurably(const QString& path, const QByteArray& bytes, const QString& within) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw std::runtime_error("cannot write " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    storage::syncDirectoriesUpTo(QFileInfo(path).absolutePath().toStdString(),
                                 QFileInfo(within).absoluteFilePath().toStdString());
}

} // namespace survey::device
