// SPDX-License-Identifier: Apache-2.0
#include "notices/qr_code.h"

#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace survey::notices {

namespace {
constexpr int kQuietZoneModules = 4;
} // namespace

QImage qrImage(const QString& text, int moduleSizePx) {
    const QByteArray utf8 = text.toUtf8();
    // encodeData rather than encodeString: 8-bit mode for the whole payload, so URLs keep
    // their case and no mode switching depends on the characters.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || moduleSizePx <= 0)
        return {};

    const int modules = code->width + 2 * kQuietZoneModules;
    QImage image(modules * moduleSizePx, modules * moduleSizePx, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module colour; the other bits describe its role.
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + kQuietZoneModules) * moduleSizePx,
                                 (y + kQuietZoneModules) * moduleSizePx, moduleSizePx, moduleSizePx,
                                 Qt::black);
        }
    }
    return image;
}

} // namespace survey::notices
