// SPDX-License-Identifier: Apache-2.0
// Photos and signatures as blobs through the real survey-server over HTTPS: a resumed
// tus upload in three PATCHes, offset conflicts, hash mismatch, ranged download, the
// missing-blob report, access rules, and `blobs check`.
#include "server_process.h"
#include "survey/hashing/sha256.h"
#include "survey/storage/database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <httplib.h>
#include <nlohmann/json.hpp>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {
constexpr const char* kOffsetType = "application/offset+octet-stream";

json bodyOf(const httplib::Result& res) {
    return res ? json::parse(res->body, nullptr, false) : json();
}

bool isError(const httplib::Result& res, int status, const std::string& code) {
    return res && res->status == status && bodyOf(res)["error"]["code"] == code;
}

std::string content(std::size_t size, unsigned seed) {
    std::string s(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        s[i] = static_cast<char>((i * 131 + seed) % 256);
    return s;
}
} // namespace

class TestBlobsHttp : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    std::unique_ptr<httplib::SSLClient> client_;
    std::string p1_, alice_, bob_;

    QStringList withData(QStringList args) const { return args << "--data" << dataDir_.path(); }

    std::string cli(const QStringList& args, const QByteArray& input = {}, int* exit = nullptr) {
        QString output;
        const int code = ServerProcess::runCommand(withData(args), input, &output);
        if (exit)
            *exit = code;
        return output.trimmed().toStdString();
    }

    std::string login(const std::string& user, const std::string& password) {
        auto res = client_->Post(
            "/api/v1/auth/login",
            json{{"username", user}, {"password", password}, {"device_id", "tablet-b"}}.dump(),
            "application/json");
        return res && res->status == 200 ? bodyOf(res)["token"].get<std::string>() : "";
    }

    static httplib::Headers auth(const std::string& token) {
        return {{"Authorization", "Bearer " + token}};
    }

    httplib::Result patch(const std::string& sha, std::uint64_t offset, const std::string& body,
                          std::optional<std::uint64_t> length = std::nullopt,
                          const std::string& token = {}) {
        httplib::Headers headers = auth(token.empty() ? alice_ : token);
        headers.emplace("Tus-Resumable", "1.0.0");
        headers.emplace("Upload-Offset", std::to_string(offset));
        if (length)
            headers.emplace("Upload-Length", std::to_string(*length));
        return client_->Patch(("/api/v1/blobs/" + sha).c_str(), headers, body, kOffsetType);
    }

    httplib::Result head(const std::string& sha) {
        return client_->Head(("/api/v1/blobs/" + sha).c_str(), auth(alice_));
    }

    /// The tablet's order: the photo record first, then its bytes.
    void upload(const std::string& bytes) {
        const std::string sha = survey::hashing::sha256Hex(bytes);
        pushPhoto(photoIdFor(sha), sha);
        auto res = patch(sha, 0, bytes, bytes.size());
        QVERIFY(res && res->status == 204);
    }

    static std::string photoIdFor(const std::string& sha) { return "photo-" + sha.substr(0, 12); }

    json missingReport() {
        return bodyOf(
            client_->Get(("/api/v1/projects/" + p1_ + "/blobs/missing").c_str(), auth(alice_)));
    }

    void pushPhoto(const std::string& id, const std::string& sha, int baseRev = 0) {
        const json batch = {
            {"device_id", "tablet-b"},
            {"changes",
             {{{"change_id", "c-" + id + "-" + std::to_string(baseRev)},
               {"entity", "photo"},
               {"id", id},
               {"op", "upsert"},
               {"base_rev", baseRev},
               {"fields", {{"household_id", "h1"}, {"sha256", sha}, {"category", "外观"}}}}}}};
        auto res = client_->Post(("/api/v1/projects/" + p1_ + "/push").c_str(), auth(alice_),
                                 batch.dump(), "application/json");
        QVERIFY(res && res->status == 200);
        QVERIFY2(bodyOf(res)["results"][0]["status"] == json("applied"), res->body.c_str());
    }

  private slots:
    void initTestCase() {
        QVERIFY(dataDir_.isValid());
        p1_ = cli({"project", "add", "P1", "--name", "示范路片区"});
        QCOMPARE(p1_.size(), std::size_t(36));
        cli({"user", "add", "alice", "--role", "surveyor", "--project", "P1"}, "alice-password\n");
        cli({"user", "add", "bob", "--role", "surveyor"}, "bob-password\n");
        QVERIFY2(server_.start(withData({"--listen", "127.0.0.1:0"})), qPrintable(server_.log()));
        client_ = std::make_unique<httplib::SSLClient>("127.0.0.1", server_.port());
        client_->enable_server_certificate_verification(false);
        client_->set_connection_timeout(5);
        client_->set_read_timeout(20);
        client_->set_keep_alive(true);
        alice_ = login("alice", "alice-password");
        bob_ = login("bob", "bob-password");
        QVERIFY(!alice_.empty() && !bob_.empty());
        auto household = client_->Post(
            ("/api/v1/projects/" + p1_ + "/push").c_str(), auth(alice_),
            R"({"device_id":"tablet-b","changes":[{"change_id":"c-h1","entity":"household",)"
            R"("id":"h1","op":"upsert","base_rev":0,"fields":{"code":"SF-001"}}]})",
            "application/json");
        QVERIFY(household && household->status == 200);
    }

    void threeMegabytesInThreeResumedPatches() {
        const std::string photo = content(3'000'000, 1);
        const std::string sha = survey::hashing::sha256Hex(photo);
        // Before a record names the blob, neither its state nor its bytes are taken.
        QCOMPARE(head(sha)->status, 403); // HEAD answers carry no body
        QVERIFY(isError(patch(sha, 0, photo.substr(0, 1'000'000), photo.size()), 403, "forbidden"));
        const fs::path partial = fs::path(dataDir_.path().toStdString()) / "blobs" / "partial";
        QVERIFY(!fs::exists(partial / sha));
        pushPhoto("photo-3mb", sha);
        auto unknown = head(sha);
        QVERIFY(unknown);
        QCOMPARE(unknown->status, 404);
        QElapsedTimer timer;
        timer.start();
        for (std::uint64_t at = 0; at < photo.size(); at += 1'000'000) {
            if (at > 0) {
                auto state = head(sha);
                QVERIFY(state && state->status == 200);
                QCOMPARE(state->get_header_value("Upload-Offset"), std::to_string(at));
                QCOMPARE(state->get_header_value("Upload-Length"), std::to_string(photo.size()));
                QCOMPARE(state->get_header_value("Tus-Resumable"), std::string("1.0.0"));
            }
            auto res = patch(sha, at, photo.substr(at, 1'000'000),
                             at == 0 ? std::optional<std::uint64_t>(photo.size()) : std::nullopt);
            QVERIFY(res);
            QCOMPARE(res->status, 204);
            QCOMPARE(res->get_header_value("Upload-Offset"), std::to_string(at + 1'000'000));
            QCOMPARE(res->get_header_value("Tus-Resumable"), std::string("1.0.0"));
        }
        const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
        qInfo("3 MB in 3 PATCHes (+2 HEAD) over loopback HTTPS: %.0f ms, %.1f MB/s", seconds * 1000,
              3.0 / seconds);
        const fs::path stored = fs::path(dataDir_.path().toStdString()) / "blobs" /
                                sha.substr(0, 2) / sha.substr(2, 2) / sha;
        QCOMPARE(fs::file_size(stored), photo.size());
        auto complete = head(sha);
        QCOMPARE(complete->get_header_value("Upload-Offset"), std::to_string(photo.size()));
        auto again = patch(sha, 0, photo.substr(0, 1000), photo.size());
        QVERIFY(again && again->status == 204);
        QCOMPARE(again->get_header_value("Upload-Offset"), std::to_string(photo.size()));

        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto audit = db.prepare("SELECT count(*) FROM audit_log WHERE action ="
                                " 'blob.upload.complete' AND subject = ?");
        audit.bind(1, sha);
        QVERIFY(audit.step());
        QCOMPARE(audit.getInt(0), 1);
    }

    /// The state a kill between the completing rename and the index row leaves behind:
    /// the uploader's HEAD says done, and the same HEAD indexes the blob.
    void completeFileWithoutIndexRowIsIndexedByHead() {
        const std::string bytes = content(30'000, 9);
        const std::string sha = survey::hashing::sha256Hex(bytes);
        upload(bytes);
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto forget = db.prepare("DELETE FROM blobs WHERE sha256 = ?");
        forget.bind(1, sha).run();
        auto done = head(sha);
        QVERIFY(done && done->status == 200);
        QCOMPARE(done->get_header_value("Upload-Offset"), std::to_string(bytes.size()));
        auto row = db.prepare("SELECT size, uploaded_by FROM blobs WHERE sha256 = ?");
        row.bind(1, sha);
        QVERIFY(row.step());
        QCOMPARE(row.getInt(0), std::int64_t(bytes.size()));
        QVERIFY(!row.getText(1).empty());
        // And the uploader may read back what it sent, as after an ordinary upload.
        auto back = client_->Get(("/api/v1/blobs/" + sha).c_str(), auth(alice_));
        QVERIFY(back && back->status == 200);
    }

    void wrongOffsetIsAConflict() {
        const std::string bytes = content(50'000, 2);
        const std::string sha = survey::hashing::sha256Hex(bytes);
        pushPhoto(photoIdFor(sha), sha);
        QCOMPARE(patch(sha, 0, bytes.substr(0, 20'000), bytes.size())->status, 204);
        auto res = patch(sha, 0, bytes.substr(0, 20'000));
        QVERIFY(isError(res, 409, "conflict"));
        QCOMPARE(res->get_header_value("Upload-Offset"), std::string("20000"));
        QVERIFY(bodyOf(res)["error"]["message"].get<std::string>().find("20000") !=
                std::string::npos);
        // The refused body was read and dropped: the same connection still works.
        QCOMPARE(patch(sha, 20'000, bytes.substr(20'000))->status, 204);
    }

    void wrongHashIsRefusedAndDiscarded() {
        const std::string bytes = content(40'000, 3);
        const std::string claimed = survey::hashing::sha256Hex("another photo");
        pushPhoto(photoIdFor(claimed), claimed);
        QVERIFY(isError(patch(claimed, 0, bytes, bytes.size()), 422, "hash_mismatch"));
        QCOMPARE(head(claimed)->status, 404);
        const fs::path partial = fs::path(dataDir_.path().toStdString()) / "blobs" / "partial";
        QVERIFY(!fs::exists(partial / claimed));
        QVERIFY(fs::is_empty(partial));
        // The right bytes are still welcome after the wrong ones were thrown away.
        QCOMPARE(patch(claimed, 0, "another photo", 13)->status, 204);
    }

    void rangedGetReturnsTheRightBytes() {
        const std::string bytes = content(200'000, 4);
        const std::string sha = survey::hashing::sha256Hex(bytes);
        upload(bytes);
        const std::string path = "/api/v1/blobs/" + sha;
        auto headers = auth(alice_);
        headers.emplace("Range", "bytes=100000-100099");
        auto part = client_->Get(path.c_str(), headers);
        QVERIFY(part);
        QCOMPARE(part->status, 206);
        QCOMPARE(part->body, bytes.substr(100'000, 100));
        QCOMPARE(part->get_header_value("Content-Range"),
                 std::string("bytes 100000-100099/200000"));
        auto whole = client_->Get(path.c_str(), auth(alice_));
        QCOMPARE(whole->status, 200);
        QVERIFY(whole->body == bytes);
        QCOMPARE(whole->get_header_value("ETag"), "\"" + sha + "\"");
        QCOMPARE(whole->get_header_value("Content-Type"), std::string("application/octet-stream"));
        auto outside = auth(alice_);
        outside.emplace("Range", "bytes=300000-");
        QCOMPARE(client_->Get(path.c_str(), outside)->status, 416);
    }

    void missingReportDropsAPhotoOnceUploaded() {
        const std::string bytes = content(10'000, 5);
        const std::string sha = survey::hashing::sha256Hex(bytes);
        pushPhoto("photo-1", sha);
        const json before = missingReport()["missing"];
        QCOMPARE(before.size(), std::size_t(1));
        QCOMPARE(
            before[0],
            json(
                {{"entity", "photo"}, {"id", "photo-1"}, {"household_id", "h1"}, {"sha256", sha}}));
        int exit = 0;
        const std::string check = cli({"blobs", "check"}, {}, &exit);
        QCOMPARE(exit, 1);
        QVERIFY2(check.find("missing photo photo-1 " + sha) != std::string::npos, check.c_str());
        QCOMPARE(patch(sha, 0, bytes, bytes.size())->status, 204);
        QCOMPARE(missingReport()["missing"], json::array());
        // A photo re-taken on the tablet names new bytes; the old ones become an orphan.
        const std::string ranged = survey::hashing::sha256Hex(content(200'000, 4));
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto rev = db.prepare("SELECT rev FROM photos WHERE id = ?");
        rev.bind(1, photoIdFor(ranged));
        QVERIFY(rev.step());
        pushPhoto(photoIdFor(ranged), sha, static_cast<int>(rev.getInt(0)));
        const std::string after = cli({"blobs", "check"}, {}, &exit);
        QCOMPARE(exit, 0);
        QVERIFY2(after.find("0 missing") != std::string::npos, after.c_str());
        QVERIFY2(after.find("orphan " + ranged) != std::string::npos, after.c_str());
    }

    void readersNeedATokenAndARecordTheyMayRead() {
        const std::string bytes = content(1'000, 6);
        const std::string sha = survey::hashing::sha256Hex(bytes);
        const std::string path = "/api/v1/blobs/" + sha;
        QVERIFY(isError(client_->Get(path.c_str()), 401, "unauthorized"));
        QCOMPARE(client_->Head(path.c_str())->status, 401);
        auto anonymous = client_->Patch(path.c_str(), {{"Upload-Offset", "0"}}, bytes, kOffsetType);
        QVERIFY(isError(anonymous, 401, "unauthorized"));
        upload(bytes);
        QVERIFY(isError(client_->Get(path.c_str(), auth(bob_)), 403, "forbidden"));
        QCOMPARE(client_->Get(path.c_str(), auth(alice_))->status, 200);
        // Bob works in no project that names it: he may neither ask about it nor send it.
        QCOMPARE(client_->Head(path.c_str(), auth(bob_))->status, 403);
        QVERIFY(isError(patch(sha, 0, bytes, bytes.size(), bob_), 403, "forbidden"));
    }

    void namesThatAreNotHashesAreBadRequests() {
        for (const std::string& name :
             std::vector<std::string>{"..%2F..%2Fsurvey.db", std::string(64, 'A'), "partial"}) {
            auto res = client_->Get(("/api/v1/blobs/" + name).c_str(), auth(alice_));
            QVERIFY2(isError(res, 400, "bad_request"), name.c_str());
            QVERIFY(isError(patch(name, 0, "x", 1), 400, "bad_request"));
        }
        pushPhoto("photo-wrong-type", std::string(64, 'a'));
        auto wrongType = client_->Patch(("/api/v1/blobs/" + std::string(64, 'a')).c_str(),
                                        auth(alice_), "x", "application/json");
        QCOMPARE(wrongType->status, 415);
    }

    void cleanupTestCase() {
        client_.reset();
        QVERIFY2(server_.stop(), qPrintable(server_.log()));
    }
};

QTEST_GUILESS_MAIN(TestBlobsHttp)
#include "test_blobs_http.moc"
