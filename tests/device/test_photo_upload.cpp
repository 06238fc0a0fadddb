// SPDX-License-Identifier: Apache-2.0
// Photos travel after the records: SyncEngine asks the server how much of each blob it
// holds (tus HEAD) and sends only the rest in 1 MiB PATCHes, so an upload cut off by a
// dropped link resumes where it stopped instead of starting again.
#include "device_support.h"
#include "fake_server.h"
#include "photos/photo_library.h"
#include "sync/sync_engine.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace survey::device;
using nlohmann::json;
using test::FakeRequest;
using test::FakeResponse;
using test::TempStore;

namespace {
constexpr int kWaitMs = 60'000;
const QString kProject = QStringLiteral("p1");

/// Accepts every push, has no changes to give, and keeps blobs as tus does.
struct TusServer {
    QMap<QString, QByteArray> blobs;
    qint64 bytesReceived = 0;
    int patchesLeftBeforeFailure = -1; ///< ≥ 0: answer 503 once this many PATCHes passed
    int heads = 0;
    QSet<QString> refused; ///< blobs no record of the caller's names: HEAD and PATCH say 403

    FakeResponse operator()(const FakeRequest& r) {
        if (r.path.endsWith("/push")) {
            json results = json::array();
            const json body = json::parse(r.body.toStdString());
            for (const auto& c : body["changes"])
                results.push_back(
                    {{"change_id", c["change_id"]}, {"status", "applied"}, {"rev", 1}});
            return {200, QByteArray::fromStdString(json{{"results", results}}.dump())};
        }
        if (r.path.endsWith("/changes"))
            return {200, R"({"changes":[],"next":0,"more":false})"};
        const QString sha = QString::fromLatin1(r.path.mid(r.path.lastIndexOf('/') + 1));
        const QByteArray offset = QByteArray::number(blobs.value(sha).size());
        if (refused.contains(sha))
            return {403, r.method == "HEAD" ? QByteArray()
                                            : R"({"error":{"code":"forbidden","message":"?"}})"};
        if (r.method == "HEAD") {
            ++heads;
            if (!blobs.contains(sha))
                return {404, {}};
            return {200, {}, {{"Upload-Offset", offset}}};
        }
        if (r.method == "PATCH") {
            if (patchesLeftBeforeFailure == 0) {
                patchesLeftBeforeFailure = -1;
                return {503, R"({"error":{"code":"unavailable","message":"link dropped"}})"};
            }
            if (patchesLeftBeforeFailure > 0)
                --patchesLeftBeforeFailure;
            if (r.headers.value("upload-offset") != offset)
                return {409,
                        R"({"error":{"code":"conflict","message":"offset"}})",
                        {{"Upload-Offset", offset}}};
            blobs[sha] += r.body;
            bytesReceived += r.body.size();
            return {204, {}, {{"Upload-Offset", QByteArray::number(blobs[sha].size())}}};
        }
        return {404, R"({"error":{"code":"not_found","message":"?"}})"};
    }
};

/// A photo that stays large after JPEG compression (noise), so it takes several chunks.
QImage noisyPhoto(int seed) {
    QImage image(2400, 1800, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = random.generate();
    }
    return image;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPhotoUpload : public QObject {
    Q_OBJECT
  private slots:
    void interruptedUploadResumesWhereItStopped();
    void missingFileDoesNotHoldBackTheOthers();
    void refusedPhotoDoesNotHoldBackTheOthers();
};

namespace {
/// A household with two photos waiting to go up.
struct TwoPendingPhotos {
    TempStore t;
    PhotoLibrary photos{*t.store, t.dir.filePath(QStringLiteral("photos"))};
    QStringList pending;

    explicit TwoPendingPhotos(int seed) {
        const QString code = QStringLiteral("H-%1").arg(seed);
        const QString hh = t.store->save(kProject, QStringLiteral("household"), {},
                                         {{"code", code.toStdString()}});
        PhotoStamp stamp{
            QDateTime(QDate(2026, 11, 30), QTime(11, 0), QTimeZone(8 * 3600)), {}, code};
        photos.add(noisyPhoto(seed),
                   {kProject, hh, {}, QStringLiteral("facade"), QStringLiteral("s"), stamp});
        stamp.takenAt = stamp.takenAt.addSecs(5);
        photos.add(noisyPhoto(seed + 1),
                   {kProject, hh, {}, QStringLiteral("interior"), QStringLiteral("s"), stamp});
        pending = photos.pendingUploads(kProject);
    }
};
} // namespace

void TestPhotoUpload::interruptedUploadResumesWhereItStopped() {
    TusServer tus;
    test::FakeServer server{[&tus](const FakeRequest& r) { return tus(r); }};
    QVERIFY(server.listen());
    SyncClient client(server.url(), QString());
    TwoPendingPhotos w(1);
    TempStore& t = w.t;
    PhotoLibrary& photos = w.photos;
    const QStringList& pending = w.pending;
    QCOMPARE(pending.size(), 2);
    qint64 total = 0;
    for (const auto& sha : pending)
        total += fileBytes(photos.pathOf(sha)).size();
    QVERIFY2(fileBytes(photos.pathOf(pending[0])).size() > 2 * SyncEngine::kBlobChunk,
             "the photo should need several chunks");

    SyncEngine engine(*t.store, client);
    engine.setPhotoLibrary(&photos);
    QSignalSpy finished(&engine, &SyncEngine::finished);

    // The link drops on the second chunk: the sync fails, the first chunk stays sent.
    tus.patchesLeftBeforeFailure = 1;
    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(tus.bytesReceived, SyncEngine::kBlobChunk);
    QCOMPARE(photos.pendingUploads(kProject).size(), 2);
    QCOMPARE(t.store->pendingCount(kProject), 0); // the records went before the photos

    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QVERIFY(photos.pendingUploads(kProject).isEmpty());
    // Every byte crossed once: the resumed upload started at the server's offset.
    QCOMPARE(tus.bytesReceived, total);
    for (const auto& sha : pending) {
        const QByteArray stored = tus.blobs.value(sha);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()),
                 sha);
    }

    // Nothing left: a third sync asks nothing about blobs.
    const int headsBefore = tus.heads;
    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(finished.at(2).at(0).toBool());
    QCOMPARE(tus.heads, headsBefore);
}

void TestPhotoUpload::missingFileDoesNotHoldBackTheOthers() {
    TusServer tus;
    test::FakeServer server{[&tus](const FakeRequest& r) { return tus(r); }};
    QVERIFY(server.listen());
    SyncClient client(server.url(), QString());
    TwoPendingPhotos w(3);
    QCOMPARE(w.pending.size(), 2);
    QVERIFY(QFile::remove(w.photos.pathOf(w.pending[0])));

    SyncEngine engine(*w.t.store, client);
    engine.setPhotoLibrary(&w.photos);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("1 photo files are missing")),
             qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(w.photos.pendingUploads(kProject), QStringList{w.pending[0]});
    QVERIFY(tus.blobs.contains(w.pending[1]));
}

void TestPhotoUpload::refusedPhotoDoesNotHoldBackTheOthers() {
    TusServer tus;
    test::FakeServer server{[&tus](const FakeRequest& r) { return tus(r); }};
    QVERIFY(server.listen());
    SyncClient client(server.url(), QString());
    TwoPendingPhotos w(5);
    QCOMPARE(w.pending.size(), 2);
    tus.refused.insert(w.pending[0]);

    SyncEngine engine(*w.t.store, client);
    engine.setPhotoLibrary(&w.photos);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("1 photos were refused")),
             qPrintable(finished.at(0).at(1).toString()));
    // The refused photo stays queued for when its record is accepted; the other went up.
    QCOMPARE(w.photos.pendingUploads(kProject), QStringList{w.pending[0]});
    QVERIFY(tus.blobs.contains(w.pending[1]));
    QVERIFY(!tus.blobs.contains(w.pending[0]));
}

QTEST_MAIN(TestPhotoUpload)
#include "test_photo_upload.moc"
