// SPDX-License-Identifier: Apache-2.0
#include "photos/exif_writer.h"

#include <cmath>
#include <cstring>
#include <libexif/exif-data.h>
#include <memory>
#include <stdexcept>

namespace survey::device {

namespace {

struct ExifDataUnref {
    void operator()(ExifData* data) const { exif_data_unref(data); }
};

// libexif keeps GPS tags as macros (their numbers clash with interoperability tags).
ExifTag gpsTag(unsigned value) {
    return static_cast<ExifTag>(value);
}

unsigned char* addEntry(ExifData* exif, ExifIfd ifd, ExifTag tag, ExifFormat format,
                        unsigned long components) {
    // exif_data_fix may have made a default of the same tag (DateTime: now).
    if (ExifEntry* old = exif_content_get_entry(exif->ifd[ifd], tag))
        exif_content_remove_entry(exif->ifd[ifd], old);
    ExifMem* mem = exif_mem_new_default();
    ExifEntry* entry = exif_entry_new_mem(mem);
    const unsigned size = exif_format_get_size(format) * components;
    entry->data = static_cast<unsigned char*>(exif_mem_alloc(mem, size));
    entry->size = size;
    entry->tag = tag;
    entry->format = format;
    entry->components = components;
    exif_content_add_entry(exif->ifd[ifd], entry);
    exif_mem_unref(mem);
    exif_entry_unref(entry); // the IFD holds it now
    return entry->data;
}

void addAscii(ExifData* exif, ExifIfd ifd, ExifTag tag, const QByteArray& text) {
    unsigned char* data = addEntry(exif, ifd, tag, EXIF_FORMAT_ASCII, text.size() + 1);
    std::memcpy(data, text.constData(), text.size() + 1);
}

void addRationals(ExifData* exif, ExifIfd ifd, ExifTag tag,
                  std::initializer_list<ExifRational> values) {
    unsigned char* data = addEntry(exif, ifd, tag, EXIF_FORMAT_RATIONAL, values.size());
    const ExifByteOrder order = exif_data_get_byte_order(exif);
    for (const auto& value : values) {
        exif_set_rational(data, order, value);
        data += exif_format_get_size(EXIF_FORMAT_RATIONAL);
    }
}

// Degrees as degrees, minutes and seconds with 1/10000 s: ~3 mm on the ground.
void addCoordinate(ExifData* exif, unsigned refTag, unsigned valueTag, double value,
                   const char* positive, const char* negative) {
    addAscii(exif, EXIF_IFD_GPS, gpsTag(refTag), value < 0 ? negative : positive);
    const double absolute = std::abs(value);
    const auto deg = static_cast<ExifLong>(absolute);
    const double minutesExact = (absolute - deg) * 60;
    const auto minutes = static_cast<ExifLong>(minutesExact);
    const auto tenThousandthSeconds =
        static_cast<ExifLong>(std::llround((minutesExact - minutes) * 60 * 10000));
    addRationals(exif, EXIF_IFD_GPS, gpsTag(valueTag),
                 {{deg, 1}, {minutes, 1}, {tenThousandthSeconds, 10000}});
}

QByteArray utcOffset(const QDateTime& when) {
    const int offset = when.offsetFromUtc();
    return QStringLiteral("%1%2:%3")
        .arg(offset < 0 ? '-' : '+')
        .arg(std::abs(offset) / 3600, 2, 10, QChar('0'))
        .arg(std::abs(offset) % 3600 / 60, 2, 10, QChar('0'))
        .toLatin1();
}

QByteArray exifSegment(const PhotoStamp& stamp) {
    std::unique_ptr<ExifData, ExifDataUnref> exif(exif_data_new());
    exif_data_set_byte_order(exif.get(), EXIF_BYTE_ORDER_INTEL);
    exif_data_set_data_type(exif.get(), EXIF_DATA_TYPE_COMPRESSED);
    exif_data_fix(exif.get()); // the mandatory entries

    const QByteArray when =
        stamp.takenAt.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss")).toLatin1();
    addAscii(exif.get(), EXIF_IFD_0, EXIF_TAG_DATE_TIME, when);
    addAscii(exif.get(), EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, when);
    addAscii(exif.get(), EXIF_IFD_EXIF, EXIF_TAG_OFFSET_TIME_ORIGINAL, utcOffset(stamp.takenAt));
    if (stamp.fix) {
        unsigned char* version = addEntry(exif.get(), EXIF_IFD_GPS, gpsTag(EXIF_TAG_GPS_VERSION_ID),
                                          EXIF_FORMAT_BYTE, 4);
        const unsigned char v2300[] = {2, 3, 0, 0};
        std::memcpy(version, v2300, sizeof v2300);
        addCoordinate(exif.get(), EXIF_TAG_GPS_LATITUDE_REF, EXIF_TAG_GPS_LATITUDE,
                      stamp.fix->latitude, "N", "S");
        addCoordinate(exif.get(), EXIF_TAG_GPS_LONGITUDE_REF, EXIF_TAG_GPS_LONGITUDE,
                      stamp.fix->longitude, "E", "W");
        addAscii(exif.get(), EXIF_IFD_GPS, gpsTag(EXIF_TAG_GPS_MAP_DATUM), "WGS-84");
        addRationals(exif.get(), EXIF_IFD_GPS, gpsTag(EXIF_TAG_GPS_H_POSITIONING_ERROR),
                     {{static_cast<ExifLong>(std::llround(stamp.fix->accuracyM * 100)), 100}});
    }
    unsigned char* bytes = nullptr;
    unsigned int size = 0;
    exif_data_save_data(exif.get(), &bytes, &size); // starts with the "Exif\0\0" header
    QByteArray out(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(size));
    std::free(bytes);
    if (out.isEmpty() || out.size() + 2 > 0xFFFF)
        throw std::runtime_error("cannot encode the photo's EXIF data");
    return out;
}

} // namespace

QByteArray withExif(const QByteArray& jpeg, const PhotoStamp& stamp) {
    if (jpeg.size() < 4 || static_cast<unsigned char>(jpeg[0]) != 0xFF ||
        static_cast<unsigned char>(jpeg[1]) != 0xD8)
        throw std::invalid_argument("not a JPEG image");
    qsizetype rest = 2;
    if (static_cast<unsigned char>(jpeg[2]) == 0xFF &&
        static_cast<unsigned char>(jpeg[3]) == 0xE0 && jpeg.size() >= 6) {
        const int app0Length =
            (static_cast<unsigned char>(jpeg[4]) << 8) | static_cast<unsigned char>(jpeg[5]);
        rest = 4 + app0Length;
        if (rest > jpeg.size())
            throw std::invalid_argument("truncated JPEG image");
    }
    const QByteArray segment = exifSegment(stamp);
    const int length = static_cast<int>(segment.size()) + 2;
    QByteArray out;
    out.reserve(jpeg.size() + length + 2);
    out.append(jpeg.left(2));
    out.append(char(0xFF)).append(char(0xE1));
    out.append(char(length >> 8)).append(char(length & 0xFF));
    out.append(segment);
    out.append(jpeg.mid(rest));
    return out;
}

} // namespace survey::device
