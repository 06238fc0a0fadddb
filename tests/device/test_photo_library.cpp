// SPDX-License-Identifier: Apache-2.0
// Photos on the tablet: stamped with time, position and household as a visible watermark
// and as EXIF (read back with exiftool, an independent reader), stored once under their
// SHA-256, recorded with an outbox change, and queued for upload by their records; the
// file and its name are on disk before the record that names it (sync_recorder).
#include "device_support.h"
#include "photos/photo_library.h"
#include "sync_recorder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using nlohmann::json;
using survey::device::NewPhoto;
using survey::device::PhotoFix;
using survey::device::PhotoLibrary;
using survey::device::PhotoStamp;
using survey::device::test::TempStore;

namespace {
const QString kProject = QStringLiteral("p1");

QImage houseFront() {
    QImage image(1600, 1200, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(image.rect(), QColor(200, 190, 170));
    painter.fillRect(QRect(500, 400, 600, 800), QColor(120, 80, 60));
    return image;
}

PhotoStamp stamp(bool withFix) {
    PhotoStamp s;
    s.takenAt = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2), QTimeZone(8 * 3600));
    if (withFix)
        s.fix = PhotoFix{39.90421, 116.407396, 4.5};
    s.householdCode = QStringLiteral("H-0101");
    return s;
}

/// exiftool's numeric reading of one tag.
QString exifTag(const QString& file, const QString& tag) {
    QProcess exiftool;
    exiftool.start(QStringLiteral("exiftool"),
                   {QStringLiteral("-s3"), QStringLiteral("-n"), "-" + tag, file});
    if (!exiftool.waitForFinished(30000) || exiftool.exitCode() != 0)
        return QStringLiteral("exiftool failed");
    return QString::fromUtf8(exiftool.readAllStandardOutput()).trimmed();
}
} // namespace

class TestPhotoLibrary : public QObject {
    Q_OBJECT
  private slots:
    void watermarkTextNamesTimePlaceAndHousehold();
    void photoIsStampedStoredAndRecorded();
    void photoWithoutFixSaysSo();
    void uploadQueueFollowsTheRecords();
    void badInputWritesNothing();
    void theFileAndItsNameAreSyncedBeforeTheRecord();
};

void TestPhotoLibrary::watermarkTextNamesTimePlaceAndHousehold() {
    QCOMPARE(survey::device::watermarkText(stamp(true)),
             QStringLiteral("2026-11-30 09:15:02 +08:00 · 39.904210°N 116.407396°E ±5 m · H-0101"));
    QCOMPARE(survey::device::watermarkText(stamp(false)),
             QStringLiteral("2026-11-30 09:15:02 +08:00 · 无定位 · H-0101"));
}

void TestPhotoLibrary::photoIsStampedStoredAndRecorded() {
    TempStore t;
    const QString hh =
        t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H-0101"}});
    PhotoLibrary photos(*t.store, t.dir.filePath(QStringLiteral("photos")));
    const int outboxBefore = t.outboxRows();
    const QString id = photos.add(
        houseFront(),
        NewPhoto{
            kProject, hh, {}, QStringLiteral("facade"), QStringLiteral("surveyor1"), stamp(true)});
    QCOMPARE(t.outboxRows(), outboxBefore + 1);

    const auto record = t.store->read(QStringLiteral("photo"), id);
    QVERIFY(record);
    const QString sha = QString::fromStdString(record->fields["sha256"].get<std::string>());
    QFile file(photos.pathOf(sha));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        sha);
    SURVEY_COMPARE_JSON(record->fields["category"], "facade");
    SURVEY_COMPARE_JSON(record->fields["taken_at"], "2026-11-30T09:15:02+08:00");
    SURVEY_COMPARE_JSON(record->fields["gps_accuracy_m"], 4.5);

    // The band across the bottom darkens the photo there; the top is untouched.
    QImage stored;
    QVERIFY(stored.loadFromData(bytes, "JPG"));
    QCOMPARE(stored.size(), QSize(1600, 1200));
    QVERIFY(qGray(stored.pixel(20, 1190)) < 120);
    QVERIFY(qGray(stored.pixel(20, 20)) > 170);

    QCOMPARE(exifTag(file.fileName(), QStringLiteral("DateTimeOriginal")),
             QStringLiteral("2026:11:30 09:15:02"));
    QCOMPARE(exifTag(file.fileName(), QStringLiteral("OffsetTimeOriginal")),
             QStringLiteral("+08:00"));
    QVERIFY(std::abs(exifTag(file.fileName(), QStringLiteral("GPSLatitude")).toDouble() -
                     39.90421) < 1e-6);
    QVERIFY(std::abs(exifTag(file.fileName(), QStringLiteral("GPSLongitude")).toDouble() -
                     116.407396) < 1e-6);
    QCOMPARE(exifTag(file.fileName(), QStringLiteral("GPSLatitudeRef")), QStringLiteral("N"));
    QCOMPARE(exifTag(file.fileName(), QStringLiteral("GPSHPositioningError")),
             QStringLiteral("4.5"));

    const auto gallery = photos.photosOf(hh);
    QCOMPARE(gallery.size(), 1);
    QCOMPARE(gallery[0].sha256, sha);
    QVERIFY(gallery[0].hasFix);
    QVERIFY(!gallery[0].uploaded);
}

void TestPhotoLibrary::photoWithoutFixSaysSo() {
    TempStore t;
    const QString hh =
        t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H-0102"}});
    PhotoLibrary photos(*t.store, t.dir.filePath(QStringLiteral("photos")));
    const QString id = photos.add(houseFront(), NewPhoto{kProject,
                                                         hh,
                                                         {},
                                                         QStringLiteral("interior"),
                                                         QStringLiteral("surveyor1"),
                                                         stamp(false)});
    const auto record = t.store->read(QStringLiteral("photo"), id);
    QVERIFY(!record->fields.contains("lat"));
    const QString file =
        photos.pathOf(QString::fromStdString(record->fields["sha256"].get<std::string>()));
    QCOMPARE(exifTag(file, QStringLiteral("DateTimeOriginal")),
             QStringLiteral("2026:11:30 09:15:02"));
    QCOMPARE(exifTag(file, QStringLiteral("GPSLatitude")), QString());
    QVERIFY(!photos.photosOf(hh)[0].hasFix);
}

void TestPhotoLibrary::uploadQueueFollowsTheRecords() {
    TempStore t;
    const QString hh =
        t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H-0103"}});
    PhotoLibrary photos(*t.store, t.dir.filePath(QStringLiteral("photos")));
    const NewPhoto base{kProject,   hh, {}, QStringLiteral("facade"), QStringLiteral("surveyor1"),
                        stamp(true)};
    const QString first = photos.add(houseFront(), base);
    NewPhoto later = base;
    later.stamp.takenAt = later.stamp.takenAt.addSecs(60);
    const QString second = photos.add(houseFront(), later);
    const QStringList pending = photos.pendingUploads(kProject);
    QCOMPARE(pending.size(), 2);
    photos.markUploaded(pending[0]);
    QCOMPARE(photos.pendingUploads(kProject), QStringList{pending[1]});
    QVERIFY(photos.photosOf(hh)[0].uploaded);
    // A photo deleted before it was sent is no longer owed to the server.
    t.store->remove(kProject, QStringLiteral("photo"), second);
    QVERIFY(photos.pendingUploads(kProject).isEmpty());
    QVERIFY(photos.pendingUploads(QStringLiteral("other")).isEmpty());
    Q_UNUSED(first);
}

void TestPhotoLibrary::badInputWritesNothing() {
    TempStore t;
    const QString hh =
        t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H-0104"}});
    PhotoLibrary photos(*t.store, t.dir.filePath(QStringLiteral("photos")));
    const int outboxBefore = t.outboxRows();
    const QString notAnImage = t.dir.filePath(QStringLiteral("notes.jpg"));
    QFile f(notAnImage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a JPEG");
    f.close();
    const NewPhoto photo{kProject,   hh, {}, QStringLiteral("facade"), QStringLiteral("s"),
                         stamp(true)};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, photos.addFromFile(notAnImage, photo));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, photos.add(QImage(), photo));
    NewPhoto elsewhere = photo;
    elsewhere.projectId = QStringLiteral("other");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, photos.add(houseFront(), elsewhere));
    NewPhoto noHousehold = photo;
    noHousehold.householdId = QStringLiteral("missing");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, photos.add(houseFront(), noHousehold));
    QCOMPARE(t.outboxRows(), outboxBefore);
    QCOMPARE(QDir(t.dir.filePath(QStringLiteral("photos"))).entryList(QDir::Files).size(), 0);
}

void TestPhotoLibrary::theFileAndItsNameAreSyncedBeforeTheRecord() {
    namespace fs = std::filesystem;
    TempStore t;
    const QString hh =
        t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H-0105"}});
    const QString folder = t.dir.filePath(QStringLiteral("photos"));
    PhotoLibrary photos(*t.store, folder);
    survey::testing::takeSyncedPaths();
    const QString id = photos.add(
        houseFront(),
        NewPhoto{kProject, hh, {}, QStringLiteral("facade"), QStringLiteral("s1"), stamp(false)});
    const auto paths = survey::testing::takeSyncedPaths();

    const auto record = t.store->read(QStringLiteral("photo"), id);
    QVERIFY(record);
    const fs::path dir = fs::weakly_canonical(folder.toStdString());
    // QSaveFile syncs its file before it gives it its name, so the file is seen under a
    // temporary name in the folder (an unnamed O_TMPFILE where the file system has them).
    const auto file = std::find_if(paths.begin(), paths.end(),
                                   [&](const fs::path& p) { return p.parent_path() == dir; });
    const long bytes = file == paths.end() ? -1 : static_cast<long>(file - paths.begin());
    const long named = survey::testing::positionOf(paths, dir);
    const auto wal = std::find_if(paths.begin(), paths.end(), [](const fs::path& p) {
        return p.filename() == "device.db-wal";
    });
    const long recorded = wal == paths.end() ? -1 : static_cast<long>(wal - paths.begin());
    QVERIFY2(bytes >= 0 && named >= 0 && recorded >= 0,
             "the photo's bytes, its folder and the record's commit are each synced");
    QVERIFY2(bytes < named && named < recorded, "bytes, then the name, then the record");
}

QTEST_MAIN(TestPhotoLibrary)
#include "test_photo_library.moc"
