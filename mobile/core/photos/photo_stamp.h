// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QImage>
#include <QString>
#include <optional>

namespace survey::device {

/// Where the tablet was when a photo was taken, as the position policy accepted it.
struct PhotoFix {
    double latitude = 0, longitude = 0; ///< WGS-84 degrees
    double accuracyM = 0;               ///< horizontal accuracy, metres
};

/// What every photo carries, visibly and in its EXIF: a photo of a house is evidence only
/// with when, where and which household (domain.md §4, design.md §5).
struct PhotoStamp {
    QDateTime takenAt; ///< with the tablet's UTC offset
    std::optional<PhotoFix> fix;
    QString householdCode;
};

/// The watermark line, e.g. "2026-11-30 17:55:02 +08:00 · 39.904210°N 116.407390°E ±5 m ·
/// H-0101"; "无定位" stands in for the position when there is no accepted fix.
QString watermarkText(const PhotoStamp& stamp);

/// Draws the watermark as a band across the bottom of `image`, scaled to its size.
QImage watermarked(const QImage& image, const PhotoStamp& stamp);

} // namespace survey::device
