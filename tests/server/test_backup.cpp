// SPDX-License-Identifier: Apache-2.0
// `survey-server backup`: a data directory copied with its database snapshot, certificate,
// blobs and notices; again, only what is new; damaged files reported, not copied; folders
// that overlap refused; and taken from a serving server under pushes, a backup that serves
// the same certificate and a consistent prefix of the change log.
#include "auth/user_repository.h"
#include "backup/data_backup.h"
#include "blobs/blob_store.h"
#include "notices/notice_archive.h"
#include "notices/notice_repository.h"
#include "projects/project_repository.h"
#include "server_process.h"
#include "server_test_support.h"
#include "storage/data_directory.h"
#include "survey/hashing/sha256.h"
#include "sync/push_service.h"
#include "tls/self_signed_cert.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <fstream>
#include <httplib.h>
#include <sys/stat.h>
#include <thread>

namespace fs = std::filesystem;
using nlohmann::json;
using survey::server::backup::backUp;
using survey::server::backup::BackupReport;

namespace {
std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeFile(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

std::int64_t countRows(const fs::path& dataDir, const std::string& table) {
    auto db = survey::storage::Database::open((dataDir / "survey.db").string());
    auto q = db.prepare("SELECT count(*) FROM " + table);
    q.step();
    return q.getInt(0);
}

/// The surveyor's token from the server on `port`, or empty when the login fails.
std::string surveyorToken(int port) {
    httplib::SSLClient client("127.0.0.1", port);
    client.enable_server_certificate_verification(false);
    client.set_read_timeout(20);
    auto res = client.Post(
        "/api/v1/auth/login",
        R"({"username":"surveyor","password":"password-1","device_id":"tablet-backup"})",
        "application/json");
    return res && res->status == 200 ? json::parse(res->body)["token"].get<std::string>()
                                     : std::string();
}

bool integrityOk(const fs::path& dataDir) {
    auto db = survey::storage::Database::open((dataDir / "survey.db").string());
    auto q = db.prepare("PRAGMA integrity_check");
    return q.step() && q.getText(0) == "ok";
}

/// A data directory with a project, a surveyor, pushed households, blobs, a notice and the
/// generated certificate.
class FieldWork {
  public:
    explicit FieldWork(fs::path root) : root_(std::move(root)), blobs_(root_ / "blobs") {
        auto db = survey::server::DataDirectory(root_).openDatabase();
        projectId_ =
            survey::server::projects::addProject(db, "P1", "示范路片区", std::nullopt, "test");
        userId_ = survey::server::auth::addUser(
            db, {"surveyor", "调查员", "password-1", survey::server::auth::Role::Surveyor, {"P1"}},
            "test");
        survey::server::tls::ensureSelfSignedCertificate(root_ / "tls");
    }

    const fs::path& root() const { return root_; }
    const std::string& projectId() const { return projectId_; }

    void pushHousehold(const std::string& code) {
        auto db = survey::server::DataDirectory(root_).connect();
        const survey::server::sync::PushContext context{
            projectId_, userId_, survey::server::auth::Role::Surveyor, "2026-12-07T10:00:00Z"};
        survey::server::sync::PushService(db).push(
            context,
            {"tablet-1",
             {makeChange("c-" + code, "household", "h-" + code, 0,
                         {{"code", code}, {"head_name", "张三"}, {"address", "示范路"}})}});
    }

    /// Stores a blob of `size` bytes; returns its path relative to the data directory.
    fs::path addBlob(char seed, std::size_t size = 300'000) {
        std::string bytes(size, seed);
        bytes[0] = static_cast<char>(size % 251);
        const std::string sha = survey::hashing::sha256Hex(bytes);
        const auto outcome = blobs_.patch({sha, 0, bytes.size(), std::nullopt},
                                          [&bytes](const survey::server::blobs::BodySink& sink) {
                                              return sink(bytes.data(), bytes.size());
                                          });
        if (!std::get<survey::server::blobs::PatchResult>(outcome).state.complete())
            throw std::runtime_error("blob not stored");
        return fs::relative(blobs_.completePath(sha), root_);
    }

    /// Archives a notice PDF and its row; returns the file's path relative to the data dir.
    fs::path addNotice(const std::string& serial) {
        const std::string pdf = "%PDF-1.7 notice " + serial;
        const std::string relative =
            survey::server::notices::NoticeArchive(root_).store(serial, pdf);
        auto db = survey::server::DataDirectory(root_).connect();
        survey::server::notices::NoticeRow row;
        row.id = "n-" + serial;
        row.projectId = projectId_;
        row.kind = "survey_posting";
        row.serial = serial;
        row.seq = ++notices_;
        row.contentSha256 = row.dataSha256 = std::string(64, '0');
        row.pdfSha256 = survey::hashing::sha256Hex(pdf);
        row.issuedAt = "2026-12-07T10:00:00Z";
        row.issuedOn = "2026-12-07";
        row.issuedBy = userId_;
        row.filePath = relative;
        survey::server::notices::NoticeRepository(db).insert(row);
        return relative;
    }

  private:
    fs::path root_;
    survey::server::blobs::BlobStore blobs_;
    std::string projectId_, userId_;
    std::int64_t notices_ = 0;
};
} // namespace

class TestBackup : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir_;
    fs::path data() const { return fs::path(dir_->path().toStdString()) / "data"; }
    fs::path copy() const { return fs::path(dir_->path().toStdString()) / "backup"; }

  private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
    }

    void aBackupIsADataDirectoryWithAllItNeeds() {
        FieldWork work(data());
        work.pushHousehold("H-1");
        const fs::path blob = work.addBlob('a');
        const fs::path notice = work.addNotice("P1-GS-000001");

        const BackupReport report = backUp(data(), copy());
        QVERIFY(report.damaged.empty());
        QCOMPARE(report.blobsCopied, std::size_t{1});
        QCOMPARE(report.blobBytesCopied, std::uint64_t{300'000});
        QCOMPARE(report.noticesCopied, std::size_t{1});
        QVERIFY(report.databaseBytes > 0);

        QVERIFY(integrityOk(copy()));
        QCOMPARE(countRows(copy(), "households"), std::int64_t{1});
        QCOMPARE(countRows(copy(), "change_log"), countRows(data(), "change_log"));
        QCOMPARE(countRows(copy(), "audit_log"), countRows(data(), "audit_log"));
        QCOMPARE(readFile(copy() / blob), readFile(data() / blob));
        QCOMPARE(readFile(copy() / notice), readFile(data() / notice));
        // The certificate the tablets pin, and its key, still private.
        QCOMPARE(survey::server::tls::certificateFingerprint(copy() / "tls" / "cert.pem"),
                 survey::server::tls::certificateFingerprint(data() / "tls" / "cert.pem"));
        QCOMPARE(readFile(copy() / "tls" / "key.pem"), readFile(data() / "tls" / "key.pem"));
        struct stat key {};
        QCOMPARE(::stat((copy() / "tls" / "key.pem").c_str(), &key), 0);
        QCOMPARE(key.st_mode & 0777, 0600u);
        // Nothing half-made is left behind.
        for (const auto& entry : fs::recursive_directory_iterator(copy()))
            QVERIFY2(entry.path().string().find(".backup-tmp") == std::string::npos,
                     entry.path().c_str());
    }

    void againItCopiesWhatIsNewAndReplacesTheDatabaseWhole() {
        FieldWork work(data());
        work.pushHousehold("H-1");
        work.addBlob('a');
        work.addNotice("P1-GS-000001");
        backUp(data(), copy());
        // The backup served meanwhile: what was done to it since, still in its WAL, is not
        // part of the next backup, and that WAL must not be laid over the new snapshot.
        auto served = survey::storage::Database::open((copy() / "survey.db").string());
        served.exec("CREATE TABLE stray (x)");
        work.pushHousehold("H-2");
        const fs::path second = work.addBlob('b');

        const BackupReport report = backUp(data(), copy());
        QCOMPARE(report.blobsCopied, std::size_t{1});
        QCOMPARE(report.blobsKept, std::size_t{1});
        QCOMPARE(report.noticesCopied, std::size_t{0});
        QCOMPARE(report.noticesKept, std::size_t{1});
        QVERIFY(fs::exists(copy() / second));
        QVERIFY(integrityOk(copy()));
        QCOMPARE(countRows(copy(), "households"), std::int64_t{2});
        auto db = survey::storage::Database::open((copy() / "survey.db").string());
        auto stray = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'stray'");
        QVERIFY(stray.step());
        QCOMPARE(stray.getInt(0), std::int64_t{0});
    }

    void damagedFilesAreReportedAndNotCopied() {
        FieldWork work(data());
        const fs::path blob = work.addBlob('a');
        const fs::path notice = work.addNotice("P1-GS-000001");
        std::string bytes = readFile(data() / blob);
        bytes[1000] ^= 0x20; // one flipped bit, the size unchanged
        writeFile(data() / blob, bytes);
        writeFile(data() / notice, readFile(data() / notice) + "tampered");
        const fs::path lost = work.addNotice("P1-GS-000002");
        fs::remove(data() / lost); // its row still names it, as after a failing disk
        const fs::path sound = work.addBlob('d');

        const BackupReport report = backUp(data(), copy());
        // Blobs first, then notices by serial; the rest is still backed up.
        QCOMPARE(report.damaged,
                 (std::vector<std::string>{blob.string(), notice.string(), lost.string()}));
        QCOMPARE(report.blobsCopied, std::size_t{1});
        QVERIFY(fs::exists(copy() / sound));
        QCOMPARE(report.noticesCopied, std::size_t{0});
        QVERIFY(!fs::exists(copy() / blob));
        QVERIFY(!fs::exists(copy() / notice));
        for (const auto& entry : fs::recursive_directory_iterator(copy()))
            QVERIFY2(entry.path().string().find(".backup-tmp") == std::string::npos,
                     entry.path().c_str());

        QString output;
        QCOMPARE(ServerProcess::runCommand({"backup", "--data", QString::fromStdString(data()),
                                            "--to", QString::fromStdString(copy())},
                                           {}, &output),
                 1);
        QVERIFY2(output.contains(QString::fromStdString("damaged " + blob.string())),
                 qPrintable(output));
    }

    void foldersThatOverlapAreRefused() {
        FieldWork work(data());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, backUp(data(), data()));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, backUp(data(), data() / "backup"));
        QVERIFY(!fs::exists(data() / "backup"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, backUp(data(), data().parent_path()));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, backUp(copy() / "nothing-here", data()));
        QVERIFY(!fs::exists(copy() / "nothing-here"));
    }

    void takenWhileTheServerTakesPushesItServesAConsistentPrefix() {
        FieldWork work(data());
        work.addBlob('a');
        ServerProcess server;
        QVERIFY2(
            server.start({"--data", QString::fromStdString(data()), "--listen", "127.0.0.1:0"}),
            qPrintable(server.log()));
        const std::string token = surveyorToken(server.port());
        QVERIFY(!token.empty());
        const httplib::Headers auth = {{"Authorization", "Bearer " + token}};
        const std::string push = "/api/v1/projects/" + work.projectId() + "/push";

        // Pushes keep arriving, a batch at a time, for as long as the backup takes.
        std::atomic<bool> done{false};
        std::atomic<int> pushed{0};
        std::thread tablet([&] {
            httplib::SSLClient writer("127.0.0.1", server.port());
            writer.enable_server_certificate_verification(false);
            writer.set_read_timeout(20);
            for (int b = 0; b < 400 && (!done || pushed < 3); ++b) {
                json changes = json::array();
                for (int i = 0; i < 20; ++i) {
                    const std::string key = std::to_string(b) + "-" + std::to_string(i);
                    changes.push_back(
                        {{"change_id", "c-" + key},
                         {"entity", "household"},
                         {"id", "h-" + key},
                         {"op", "upsert"},
                         {"base_rev", 0},
                         {"fields",
                          {{"code", "B-" + key}, {"head_name", "李四"}, {"address", "示范路"}}}});
                }
                const json body = {{"device_id", "tablet-backup"}, {"changes", changes}};
                auto res = writer.Post(push, auth, body.dump(), "application/json");
                if (!res || res->status != 200)
                    break;
                ++pushed;
            }
        });
        while (pushed < 3)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        QString output;
        const int exit =
            ServerProcess::runCommand({"backup", "--data", QString::fromStdString(data()), "--to",
                                       QString::fromStdString(copy())},
                                      {}, &output);
        done = true;
        tablet.join();
        QCOMPARE(exit, 0);
        QVERIFY2(output.contains("blobs 1 copied"), qPrintable(output));
        QVERIFY(server.stop());

        // The backup holds whole batches only: its change log runs 1..N without a gap, and
        // each household it has came with all 20 of its batch.
        QVERIFY(integrityOk(copy()));
        const auto households = countRows(copy(), "households");
        qInfo("the backup holds %lld of the %d households pushed",
              static_cast<long long>(households), pushed.load() * 20);
        QVERIFY(households >= 60 && households % 20 == 0);
        {
            auto db = survey::storage::Database::open((copy() / "survey.db").string());
            auto q = db.prepare("SELECT count(*), min(seq), max(seq) FROM change_log");
            QVERIFY(q.step());
            QCOMPARE(q.getInt(1), std::int64_t{1});
            QCOMPARE(q.getInt(2), q.getInt(0));
        }

        // Restoring is serving the backup: same certificate, same accounts.
        ServerProcess restored;
        QVERIFY2(
            restored.start({"--data", QString::fromStdString(copy()), "--listen", "127.0.0.1:0"}),
            qPrintable(restored.log()));
        QCOMPARE(restored.fingerprint(), server.fingerprint());
        QVERIFY(!surveyorToken(restored.port()).empty());
        QVERIFY(restored.stop());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
