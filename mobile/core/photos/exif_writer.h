// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "photos/photo_stamp.h"

#include <QByteArray>

namespace survey::device {

/// The JPEG `jpeg` with an EXIF APP1 segment carrying the stamp's capture time
/// (DateTimeOriginal with OffsetTimeOriginal) and, when there is a fix, GPS latitude,
/// longitude, datum and horizontal error, so that any photo tool reads where and when.
/// A JFIF APP0 segment is dropped: EXIF files start with APP1. Throws
/// std::invalid_argument when `jpeg` is not a JPEG.
QByteArray withExif(const QByteArray& jpeg, const PhotoStamp& stamp);

} // namespace survey::device
