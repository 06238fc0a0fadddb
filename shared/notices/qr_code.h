// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QString>

namespace survey::notices {

/// A QR code (error correction level M, 8-bit mode, UTF-8) for `text` as a black-on-white
/// image of `moduleSizePx` pixels per module, with the 4-module quiet zone scanners need.
/// Returns a null image when the text does not fit in a QR code.
QImage qrImage(const QString& text, int moduleSizePx);

} // namespace survey::notices
