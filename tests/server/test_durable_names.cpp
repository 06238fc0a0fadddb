// SPDX-License-Identifier: Apache-2.0
// What the server answers for is on disk when it answers, power cut included: a completed
// blob, an archived notice and a generated certificate each sync every directory from the one
// holding the new name up to their store, after the name is made; an applied push has synced
// the database's WAL.
// tests/support/sync_recorder records which paths were synced, in order.
#include "blobs/blob_store.h"
#include "notices/notice_archive.h"
#include "server_test_support.h"
#include "survey/hashing/sha256.h"
#include "survey/storage/durable_directories.h"
#include "sync_recorder.h"
#include "tls/self_signed_cert.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using survey::server::blobs::BlobStore;
using survey::server::blobs::BodySink;
using survey::server::blobs::PatchResult;

using survey::testing::positionOf;
using survey::testing::takeSyncedPaths;

class TestDurableNames : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    fs::path root() const { return fs::weakly_canonical(dir_.path().toStdString()); }

  private slots:
    void init() {
        QVERIFY(dir_.isValid());
        survey::testing::failSyncsOf({}, 0);
        takeSyncedPaths();
    }

    void aCompletedBlobSyncsItsFileThenEachDirectoryUpToTheStore() {
        const fs::path store = root() / "blobs";
        BlobStore blobs(store);
        const std::string content(200'000, 'p');
        const std::string sha = survey::hashing::sha256Hex(content);
        takeSyncedPaths();

        const auto outcome =
            blobs.patch({sha, 0, content.size(), std::nullopt}, [&content](const BodySink& sink) {
                return sink(content.data(), content.size());
            });
        QVERIFY(std::get<PatchResult>(outcome).completedNow);
        const auto paths = takeSyncedPaths();
        const fs::path file = blobs.completePath(sha);
        const long bytes = positionOf(paths, blobs.partialPath(sha));
        const long leaf = positionOf(paths, file.parent_path());
        const long fanOut = positionOf(paths, file.parent_path().parent_path());
        const long top = positionOf(paths, store);
        QVERIFY2(bytes >= 0 && leaf >= 0 && fanOut >= 0 && top >= 0,
                 "the file, both fan-out directories and the store are each synced");
        QVERIFY2(bytes < leaf && leaf < fanOut && fanOut < top,
                 "the bytes before the name, then the directories from the deepest up");
        QCOMPARE(positionOf(paths, root()), -1L); // the store's own entry was synced when made
    }

    void aNewStoreSyncsItsOwnEntry() {
        BlobStore blobs(root() / "made-now");
        const auto paths = takeSyncedPaths();
        QVERIFY(positionOf(paths, root() / "made-now") >= 0);
        QVERIFY(positionOf(paths, root()) >= 0);
    }

    void theFirstNoticeSyncsTheFolderItMadeAndTheDataDirectory() {
        survey::server::notices::NoticeArchive archive(root());
        QVERIFY(!fs::exists(root() / "notices")); // reading an empty archive makes nothing
        QVERIFY(!archive.read("notices/none.pdf"));
        const auto relative = archive.store("SN-0001", "%PDF-1.7 test");
        const auto paths = takeSyncedPaths();
        QCOMPARE(relative, std::string("notices/SN-0001.pdf"));
        const long folder = positionOf(paths, root() / "notices");
        const long data = positionOf(paths, root());
        QVERIFY2(folder >= 0 && data > folder, "the folder, then the data directory");
    }

    void anAppliedPushHasSyncedTheDatabaseBeforeItIsAnswered() {
        ServerTestWorld world;
        takeSyncedPaths();
        const auto response = world.push(
            {makeChange("c-durable", "household", "h-durable", 0,
                        {{"code", "D-1"}, {"head_name", "张三"}, {"address", "示范路 1 号"}})});
        QCOMPARE(response.results.at(0).status, survey::sync::ChangeStatus::Applied);
        const auto paths = takeSyncedPaths();
        const bool walSynced = std::any_of(paths.begin(), paths.end(), [](const fs::path& p) {
            return p.filename() == "survey.db-wal";
        });
        QVERIFY2(walSynced, "the commit is in the synced WAL, not only in the page cache");
    }

    void aGeneratedCertificateIsSyncedBeforeItsNameAndTheNameToo() {
        const fs::path dir = root() / "tls";
        const auto files = survey::server::tls::ensureSelfSignedCertificate(dir);
        const auto paths = takeSyncedPaths();
        const long key = positionOf(paths, dir / "key.pem.tmp");
        const long cert = positionOf(paths, dir / "cert.pem.tmp");
        const long folder = positionOf(paths, dir);
        const long data = positionOf(paths, root());
        QVERIFY2(key >= 0 && cert >= 0, "both files are synced under their temporary names");
        QVERIFY2(folder > std::max(key, cert) && data > folder,
                 "then the folder that names them, then the data directory that names it");
        QVERIFY(fs::file_size(files.cert) > 0 && fs::file_size(files.key) > 0);
    }

    void relativePathsWalkUpToTheCurrentDirectory() {
        fs::create_directories(root() / "r" / "s");
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QString::fromStdString(root().string())));
        takeSyncedPaths();
        survey::storage::syncDirectoriesUpTo("r/s", ".");
        const auto paths = takeSyncedPaths();
        QDir::setCurrent(before);
        QCOMPARE(paths, (std::vector<fs::path>{root() / "r" / "s", root() / "r", root()}));
    }

    void syncingUpToADirectoryOutsideIsRefused() {
        fs::create_directories(root() / "a" / "b");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, survey::storage::syncDirectoriesUpTo(
                                                            root() / "a", root() / "a" / "b"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, survey::storage::syncDirectoriesUpTo(
                                                            root() / "a", root() / "elsewhere"));
        QVERIFY(takeSyncedPaths().empty());
        survey::storage::syncDirectoriesUpTo(root() / "a" / "b" / "", root() / "a");
        const auto paths = takeSyncedPaths();
        QCOMPARE(paths.size(), std::size_t{2});
        QCOMPARE(paths[0], root() / "a" / "b");
        QCOMPARE(paths[1], root() / "a");
    }

    void aFileSystemThatCannotSyncDirectoriesIsNotAFailureButABadDiskIs() {
        fs::create_directories(root() / "fuse");
        for (const int refusal : {EINVAL, EBADF}) {
            survey::testing::failSyncsOf(root() / "fuse", refusal);
            survey::storage::syncDirectory(root() / "fuse");
        }
        survey::testing::failSyncsOf(root() / "fuse", EIO);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 survey::storage::syncDirectory(root() / "fuse"));
    }

    void aMissingDirectoryIsAnError() {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 survey::storage::syncDirectory(root() / "never-made"));
    }
};

QTEST_GUILESS_MAIN(TestDurableNames)
#include "test_durable_names.moc"
