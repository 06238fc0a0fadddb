// SPDX-License-Identifier: Apache-2.0
#include "photos/photo_stamp.h"

#include <QFont>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace survey::device {

namespace {
QString degrees(double value, char positive, char negative) {
    return QStringLiteral("%1°%2")
        .arg(std::abs(value), 0, 'f', 6)
        .arg(QChar(value < 0 ? negative : positive));
}
} // namespace

QString watermarkText(const PhotoStamp& stamp) {
    const int offset = stamp.takenAt.offsetFromUtc();
    const QString zone = QStringLiteral("%1%2:%3")
                             .arg(offset < 0 ? '-' : '+')
                             .arg(std::abs(offset) / 3600, 2, 10, QChar('0'))
                             .arg(std::abs(offset) % 3600 / 60, 2, 10, QChar('0'));
    const QString when = stamp.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zone;
    const QString where = stamp.fix ? QStringLiteral("%1 %2 ±%3 m")
                                          .arg(degrees(stamp.fix->latitude, 'N', 'S'),
                                               degrees(stamp.fix->longitude, 'E', 'W'))
                                          .arg(std::lround(stamp.fix->accuracyM))
                                    : QStringLiteral("无定位");
    return QStringList{when, where, stamp.householdCode}.join(QStringLiteral(" · "));
}

QImage watermarked(const QImage& image, const PhotoStamp& stamp) {
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    // The band stays readable on a phone-sized print of the photo: about 1/25 of the
    // shorter side, never smaller than 28 px.
    const int band = std::max(28, std::min(out.width(), out.height()) / 25);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRect(0, out.height() - band, out.width(), band), QColor(0, 0, 0, 150));
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(band / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const QString text = watermarkText(stamp);
    // Long stamps on narrow (portrait) photos shrink rather than lose their end.
    const int width = painter.fontMetrics().horizontalAdvance(text);
    if (width > out.width() - band / 2) {
        font.setPixelSize(std::max(8, font.pixelSize() * (out.width() - band / 2) / width));
        painter.setFont(font);
    }
    painter.drawText(QRect(band / 4, out.height() - band, out.width() - band / 2, band),
                     Qt::AlignVCenter | Qt::AlignLeft, text);
    return out;
}

} // namespace survey::device
