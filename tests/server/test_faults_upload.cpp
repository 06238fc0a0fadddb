// SPDX-License-Identifier: Apache-2.0
// kill -9 of the real survey-server in the middle of a resumable (tus-style) photo upload:
// after each restart HEAD offers an offset no further than what was sent, the tablet
// resumes from it, the finished blob hashes to its name, the complete-blob area never
// holds a partial file, and the database (the blob index) passes PRAGMA integrity_check.
#include "raw_tls_client.h"
#include "server_process.h"
#include "server_test_support.h"
#include "survey/hashing/sha256.h"
#include "survey/storage/database.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {
constexpr std::size_t kBlobBytes = 8u << 20; // a large photo
constexpr std::size_t kPieceBytes = 64u << 10;
constexpr auto kUploadDeadline = 40s;

/// Bytes of a photo, reproducible from `seed`.
std::string photoBytes(std::uint32_t seed) {
    std::mt19937 random(seed);
    std::string bytes(kBlobBytes, '\0');
    for (auto& b : bytes)
        b = static_cast<char>(random());
    return bytes;
}

/// The tablet: uploads one blob by PATCH over raw TLS, a piece at a time (so that a kill
/// lands inside a body), and after any failure asks HEAD where to resume.
class ResumingUploader {
  public:
    ResumingUploader(std::string token, std::string bytes)
        : token_(std::move(token)), bytes_(std::move(bytes)),
          sha_(survey::hashing::sha256Hex(bytes_)) {}

    const std::string& sha() const { return sha_; }
    void setPort(int port) { port_ = port; }
    /// The furthest byte handed to the connection so far.
    std::size_t sentUpTo() const { return sentUpTo_; }
    /// Where each HEAD said the upload stood, in order.
    const std::vector<std::size_t>& resumedFrom() const { return resumedFrom_; }
    /// True when some HEAD offered more than had been sent.
    bool offsetBeyondSent() const { return offsetBeyondSent_; }

    /// Uploads until HEAD reports the blob complete; false at the deadline.
    bool run() {
        const auto deadline = Clock::now() + kUploadDeadline;
        while (Clock::now() < deadline) {
            const auto offset = head();
            if (!offset) {
                std::this_thread::sleep_for(20ms);
                continue;
            }
            resumedFrom_.push_back(*offset);
            offsetBeyondSent_ = offsetBeyondSent_ || *offset > sentUpTo_;
            if (*offset == bytes_.size())
                return true;
            patchFrom(*offset);
        }
        return false;
    }

  private:
    std::optional<std::size_t> head() {
        httplib::SSLClient client("127.0.0.1", port_);
        client.enable_server_certificate_verification(false);
        client.set_connection_timeout(2);
        client.set_read_timeout(10);
        auto res = client.Head(("/api/v1/blobs/" + sha_).c_str(),
                               {{"Authorization", "Bearer " + token_}, {"Tus-Resumable", "1.0.0"}});
        if (res && res->status == 404)
            return 0;
        if (!res || res->status != 200)
            return std::nullopt;
        return std::stoull(res->get_header_value("Upload-Offset"));
    }

    void patchFrom(std::size_t offset) {
        RawTlsClient raw(port_);
        const std::string request =
            "PATCH /api/v1/blobs/" + sha_ +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token_ +
            "\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\n"
            "Upload-Offset: " +
            std::to_string(offset) + "\r\nUpload-Length: " + std::to_string(bytes_.size()) +
            "\r\nContent-Length: " + std::to_string(bytes_.size() - offset) +
            "\r\nConnection: close\r\n\r\n";
        if (!raw.send(request))
            return;
        for (std::size_t at = offset; at < bytes_.size(); at += kPieceBytes) {
            const std::size_t n = std::min(kPieceBytes, bytes_.size() - at);
            if (!raw.send(std::string_view(bytes_).substr(at, n)))
                return;
            sentUpTo_ = std::max<std::size_t>(sentUpTo_, at + n);
            std::this_thread::sleep_for(1ms); // a mobile link, not loopback speed
        }
        bool closed = false;
        raw.readUntilClosed(20s, &closed); // 204, or the kill; HEAD tells which
    }

    std::string token_, bytes_, sha_;
    std::atomic<int> port_{0};
    std::atomic<std::size_t> sentUpTo_{0};
    std::vector<std::size_t> resumedFrom_;
    std::atomic<bool> offsetBeyondSent_{false};
};
} // namespace

class TestFaultsUpload : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    std::string projectId_, token_;

    QStringList withData(QStringList args) const { return args << "--data" << dataDir_.path(); }

    std::string cli(const QStringList& args, const QByteArray& input = {}) {
        QString output;
        const int exit = ServerProcess::runCommand(withData(args), input, &output);
        return exit == 0 ? output.trimmed().toStdString() : "<exit " + std::to_string(exit) + ">";
    }

    std::unique_ptr<httplib::SSLClient> client() const {
        auto c = std::make_unique<httplib::SSLClient>("127.0.0.1", server_.port());
        c->enable_server_certificate_verification(false);
        c->set_read_timeout(20);
        return c;
    }

    /// Waits, polling finely, until `done` holds; false after `timeout`.
    template <typename Done> static bool waitFor(Done done, std::chrono::seconds timeout) {
        const auto deadline = Clock::now() + timeout;
        while (!done()) {
            if (Clock::now() > deadline)
                return false;
            std::this_thread::sleep_for(200us);
        }
        return true;
    }

  private slots:
    void initTestCase() {
        std::signal(SIGPIPE, SIG_IGN); // writes to a killed server must fail, not kill us
        QVERIFY(dataDir_.isValid());
        projectId_ = cli({"project", "add", "P1", "--name", "示范路片区"});
        QCOMPARE(projectId_.size(), std::size_t(36));
        QCOMPARE(cli({"user", "add", "alice", "--role", "surveyor", "--project", "P1"},
                     "alice-password\n")
                     .size(),
                 std::size_t(36));
        QVERIFY2(server_.start(withData({"--listen", "127.0.0.1:0"})), qPrintable(server_.log()));
        auto res = client()->Post(
            "/api/v1/auth/login",
            R"({"username":"alice","password":"alice-password","device_id":"tablet-photo"})",
            "application/json");
        QVERIFY(res && res->status == 200);
        token_ = nlohmann::json::parse(res->body)["token"];
    }

    void killedMidUploadResumesToTheRightBytes() {
        const std::uint32_t seed = std::random_device{}();
        qInfo("photo seed %u", seed);
        ResumingUploader uploader(token_, photoBytes(seed));
        auto named = client()->Post(("/api/v1/projects/" + projectId_ + "/push").c_str(),
                                    {{"Authorization", "Bearer " + token_}},
                                    photoRecordPushBody("tablet-photo", "upload-h", uploader.sha()),
                                    "application/json");
        QVERIFY(named && named->status == 200);
        uploader.setPort(server_.port());
        std::atomic<bool> uploaded = false;
        std::thread tablet([&] { uploaded = uploader.run(); });
        const auto joinTablet = qScopeGuard([&] {
            if (tablet.joinable())
                tablet.join();
        });

        // Inside the first PATCH body, inside the resumed one, and once the last byte has
        // left the tablet (the server reads, hashes, renames, indexes).
        const std::size_t killAt[] = {kBlobBytes * 3 / 10, kBlobBytes * 13 / 20, kBlobBytes};
        for (const std::size_t at : killAt) {
            QVERIFY(waitFor([&] { return uploader.sentUpTo() >= at; }, 30s));
            server_.kill();
            qInfo("killed with %zu of %zu bytes sent", uploader.sentUpTo(), kBlobBytes);
            QVERIFY2(server_.start(withData({"--listen", "127.0.0.1:0"})),
                     qPrintable(server_.log()));
            uploader.setPort(server_.port());
        }
        tablet.join();
        QVERIFY(uploaded);
        QVERIFY(!uploader.offsetBeyondSent());
        for (const std::size_t offset : uploader.resumedFrom())
            qInfo("HEAD said resume from %zu", offset);
        QVERIFY(uploader.resumedFrom().size() >= 3);

        // The tablet may read what it uploaded, and it is the photo, byte for byte.
        auto res = client()->Get(("/api/v1/blobs/" + uploader.sha()).c_str(),
                                 {{"Authorization", "Bearer " + token_}});
        QVERIFY(res);
        QVERIFY2(res->status == 200, res->body.c_str());
        QCOMPARE(survey::hashing::sha256Hex(res->body), uploader.sha());

        // Every file in the complete-blob area hashes to its name; no upload is left over.
        const fs::path root = fs::path(dataDir_.path().toStdString()) / "blobs";
        int complete = 0;
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (!entry.is_regular_file())
                continue;
            const fs::path relative = fs::relative(entry.path(), root);
            QVERIFY2(*relative.begin() != "partial", relative.c_str());
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), {});
            QCOMPARE(survey::hashing::sha256Hex(bytes), entry.path().filename().string());
            ++complete;
        }
        QCOMPARE(complete, 1);
    }

    void cleanupTestCase() {
        QVERIFY2(server_.stop(), qPrintable(server_.log()));
        // The blob is indexed once, at its full size, in a sound database file.
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.getText(0), std::string("ok"));
        auto index = db.prepare("SELECT count(*), min(size) FROM blobs");
        QVERIFY(index.step());
        QCOMPARE(index.getInt(0), std::int64_t(1));
        QCOMPARE(index.getInt(1), std::int64_t(kBlobBytes));
    }
};

QTEST_GUILESS_MAIN(TestFaultsUpload)
#include "test_faults_upload.moc"
