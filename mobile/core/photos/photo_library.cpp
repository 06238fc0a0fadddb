// SPDX-License-Identifier: Apache-2.0
#include "photos/photo_library.h"

#include "photos/exif_writer.h"
#include "store/durable_file.h"
#include "store/local_store.h"
#include "survey/hashing/sha256.h"
#include "survey/storage/durable_directories.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <stdexcept>

namespace survey::device {

namespace {
// Quality 90 keeps tape-measure digits and certificate text legible at ~1–2 MB for a
// 12-megapixel photo.
constexpr int kJpegQuality = 90;

QByteArray encodeJpeg(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpg");
    writer.setQuality(kJpegQuality);
    if (!writer.write(image))
        throw std::runtime_error("cannot encode the photo: " + writer.errorString().toStdString());
    return bytes;
}

QString stringOf(const nlohmann::json& value) {
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}
} // namespace

PhotoLibrary::PhotoLibrary(LocalStore& store, QString directory)
    : store_(store), directory_(std::move(directory)) {
    // The folder may be new: its own name is made durable once, here. One that cannot be made
    // is reported by the first add().
    if (QDir().mkpath(directory_)) {
        const QFileInfo folder(directory_);
        storage::syncDirectoriesUpTo(folder.absoluteFilePath().toStdString(),
                                     folder.absolutePath().toStdString());
    }
}

QString PhotoLibrary::pathOf(const QString& sha256) const {
    return QDir(directory_).filePath(sha256 + QStringLiteral(".jpg"));
}

QString PhotoLibrary::add(const QImage& image, const NewPhoto& photo) {
    if (image.isNull())
        throw std::invalid_argument("the photo is empty");
    const auto household = store_.read(QStringLiteral("household"), photo.householdId);
    if (!household || household->deleted || household->projectId != photo.projectId.toStdString())
        throw std::invalid_argument("no such household in this project");

    const QByteArray jpeg = withExif(encodeJpeg(watermarked(image, photo.stamp)), photo.stamp);
    const QString sha = QString::fromStdString(
        hashing::sha256Hex({jpeg.constData(), static_cast<std::size_t>(jpeg.size())}));
    // The file first, durably: a record must never name a blob that is not on the tablet.
    if (!QFileInfo::exists(pathOf(sha)))
        writeFileDurably(pathOf(sha), jpeg, directory_);
    nlohmann::json fields = {{"household_id", photo.householdId.toStdString()},
                             {"category", photo.category.toStdString()},
                             {"sha256", sha.toStdString()},
                             {"taken_at", photo.stamp.takenAt.toString(Qt::ISODate).toStdString()},
                             {"surveyor", photo.surveyor.toStdString()}};
    if (!photo.subjectId.isEmpty())
        fields["subject_id"] = photo.subjectId.toStdString();
    if (photo.stamp.fix) {
        fields["lat"] = photo.stamp.fix->latitude;
        fields["lon"] = photo.stamp.fix->longitude;
        fields["gps_accuracy_m"] = photo.stamp.fix->accuracyM;
    }
    return store_.save(photo.projectId, QStringLiteral("photo"), {}, fields);
}

QString PhotoLibrary::addFromFile(const QString& path, const NewPhoto& photo) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        throw std::invalid_argument("cannot read the image file: " +
                                    reader.errorString().toStdString());
    return add(image, photo);
}

QList<PhotoSummary> PhotoLibrary::photosOf(const QString& householdId) {
    QList<PhotoSummary> out;
    for (const auto& record : store_.children(QStringLiteral("photo"), householdId)) {
        const auto& f = record.fields;
        PhotoSummary p;
        p.id = QString::fromStdString(record.id);
        p.sha256 = stringOf(f.value("sha256", nlohmann::json()));
        p.category = stringOf(f.value("category", nlohmann::json()));
        p.subjectId = stringOf(f.value("subject_id", nlohmann::json()));
        p.takenAt = stringOf(f.value("taken_at", nlohmann::json()));
        if (f.contains("lat") && f["lat"].is_number() && f.contains("lon") &&
            f["lon"].is_number()) {
            p.hasFix = true;
            p.latitude = f["lat"].get<double>();
            p.longitude = f["lon"].get<double>();
            const auto accuracy = f.value("gps_accuracy_m", nlohmann::json());
            p.accuracyM = accuracy.is_number() ? accuracy.get<double>() : 0;
        }
        auto q = store_.db().prepare("SELECT 1 FROM blob_uploads WHERE sha256 = ?");
        q.bind(1, p.sha256.toStdString());
        p.uploaded = q.step();
        out.append(p);
    }
    return out;
}

QStringList PhotoLibrary::pendingUploads(const QString& projectId) {
    auto q = store_.db().prepare(
        "SELECT DISTINCT p.sha256 FROM photos p WHERE p.project_id = ? AND p.deleted = 0"
        " AND NOT EXISTS (SELECT 1 FROM blob_uploads b WHERE b.sha256 = p.sha256)"
        " ORDER BY p.rowid");
    q.bind(1, projectId.toStdString());
    QStringList out;
    while (q.step())
        out.append(QString::fromStdString(q.getText(0)));
    return out;
}

void PhotoLibrary::markUploaded(const QString& sha256) {
    auto q = store_.db().prepare("INSERT OR IGNORE INTO blob_uploads(sha256, uploaded_at)"
                                 " VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    q.bind(1, sha256.toStdString());
    q.run();
}

} // namespace survey::device
