// SPDX-License-Identifier: Apache-2.0
// The real survey-server binary over HTTPS on a loopback port: its admin CLI, the API of
// design.md §3 and the error JSON on every failure.
#include "server_process.h"
#include "survey/storage/database.h"
#include "tls/self_signed_cert.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <openssl/ssl.h>
#include <openssl/x509.h>

using nlohmann::json;

namespace {
json bodyOf(const httplib::Result& res) {
    return res ? json::parse(res->body, nullptr, false) : json();
}

bool isErrorJson(const httplib::Result& res, int status, const std::string& code) {
    const json body = bodyOf(res);
    return res && res->status == status && body.is_object() && body.size() == 1 &&
           body["error"].is_object() && body["error"]["code"] == code &&
           body["error"]["message"].is_string() &&
           res->get_header_value("Content-Type").starts_with("application/json");
}

/// SHA-256 of the certificate the server presents, read with plain OpenSSL.
std::string servedFingerprint(int port) {
    SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
    BIO* bio = BIO_new_ssl_connect(ctx);
    BIO_set_conn_hostname(bio, ("127.0.0.1:" + std::to_string(port)).c_str());
    std::string hex;
    SSL* ssl = nullptr;
    BIO_get_ssl(bio, &ssl);
    if (BIO_do_connect(bio) == 1 && BIO_do_handshake(bio) == 1) {
        X509* cert = SSL_get1_peer_certificate(ssl);
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int n = 0;
        if (cert && X509_digest(cert, EVP_sha256(), md, &n) == 1)
            for (unsigned i = 0; i < n; ++i) {
                char two[3];
                std::snprintf(two, sizeof two, "%02x", md[i]);
                hex += two;
            }
        X509_free(cert);
    }
    BIO_free_all(bio);
    SSL_CTX_free(ctx);
    return hex;
}

json change(const std::string& changeId, const std::string& entity, const std::string& id,
            std::int64_t baseRev, json fields) {
    return {{"change_id", changeId}, {"entity", entity},    {"id", id},
            {"op", "upsert"},        {"base_rev", baseRev}, {"fields", std::move(fields)}};
}
} // namespace

class TestHttpApi : public QObject {
    Q_OBJECT

    QTemporaryDir dataDir_;
    ServerProcess server_;
    std::unique_ptr<httplib::SSLClient> client_;
    std::string p1_, p2_, token_;

    QStringList withData(QStringList args) const { return args << "--data" << dataDir_.path(); }

    std::string cli(const QStringList& args, const QByteArray& input = {}, int expectedExit = 0) {
        QString output;
        const int exit = ServerProcess::runCommand(withData(args), input, &output);
        if (exit != expectedExit)
            qWarning() << args << "exited" << exit << output;
        return exit == expectedExit ? output.trimmed().toStdString() : std::string("<failed>");
    }

    httplib::Headers auth(const std::string& token) const {
        return {{"Authorization", "Bearer " + token}};
    }

    httplib::Result post(const std::string& path, const std::string& body,
                         const std::string& token) {
        return client_->Post(path.c_str(), auth(token), body, "application/json");
    }

    std::string login(const std::string& user, const std::string& password,
                      const std::string& device = "tablet-1") {
        auto res = client_->Post(
            "/api/v1/auth/login",
            json{{"username", user}, {"password", password}, {"device_id", device}}.dump(),
            "application/json");
        return res && res->status == 200 ? bodyOf(res)["token"].get<std::string>() : "";
    }

    std::int64_t changeLogRows() {
        auto db = survey::storage::Database::open(dataDir_.filePath("survey.db").toStdString());
        auto q = db.prepare("SELECT count(*) FROM change_log");
        q.step();
        return q.getInt(0);
    }

  private slots:
    void initTestCase() {
        QVERIFY(dataDir_.isValid());
        p1_ = cli({"project", "add", "P1", "--name", "示范路片区", "--freeze-date", "2024-03-15"});
        p2_ = cli({"project", "add", "P2", "--name", "另一个项目"});
        QCOMPARE(p1_.size(), std::size_t(36));
        QVERIFY(cli({"user", "add", "alice", "--role", "surveyor", "--name", "调查员甲",
                     "--project", "P1"},
                    "alice-password\n")
                    .size() == 36);
        QVERIFY(
            cli({"user", "add", "rita", "--role", "reviewer", "--project", "P1"}, "rita-password\n")
                .size() == 36);
        cli({"user", "add", "shorty", "--role", "surveyor"}, "short\n", 1);
        cli({"user", "add", "nobody", "--role", "king"}, "long-enough\n", 2);

        QVERIFY2(server_.start(withData({"--listen", "127.0.0.1:0"})), qPrintable(server_.log()));
        client_ = std::make_unique<httplib::SSLClient>("127.0.0.1", server_.port());
        client_->enable_server_certificate_verification(false);
        client_->set_connection_timeout(5);
        client_->set_read_timeout(20);
        client_->set_keep_alive(true);
        token_ = login("alice", "alice-password");
        QVERIFY(!token_.empty());
    }

    void fingerprintMatchesTheServedCertificate() {
        QCOMPARE(server_.fingerprint().size(), 64);
        QCOMPARE(servedFingerprint(server_.port()), server_.fingerprint().toStdString());
        const auto certDir = std::filesystem::path(dataDir_.path().toStdString()) / "tls";
        QCOMPARE(survey::server::tls::certificateFingerprint(certDir / "cert.pem"),
                 server_.fingerprint().toStdString());
        const auto keyPerms = std::filesystem::status(certDir / "key.pem").permissions();
        QCOMPARE(keyPerms & std::filesystem::perms::all,
                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    }

    void healthNeedsNoToken() {
        auto res = client_->Get("/healthz");
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        QCOMPARE(bodyOf(res)["status"], json("ok"));
        QVERIFY(bodyOf(res)["schema_version"].get<int>() >= 2);
    }

    void loginAnswersWithTokenAndUser() {
        auto res = client_->Post(
            "/api/v1/auth/login",
            R"({"username":"alice","password":"alice-password","device_id":"tablet-2"})",
            "application/json");
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        const json body = bodyOf(res);
        QCOMPARE(body["token"].get<std::string>().size(), std::size_t(64));
        QVERIFY(QRegularExpression(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)")
                    .match(QString::fromStdString(body["expires_at"].get<std::string>()))
                    .hasMatch());
        QCOMPARE(body["user"]["name"], json("调查员甲"));
        QCOMPARE(body["user"]["role"], json("surveyor"));
        QVERIFY(body["user"]["id"].is_string());
    }

    void wrongCredentialsAreUnauthorized() {
        auto wrong = client_->Post(
            "/api/v1/auth/login",
            R"({"username":"alice","password":"not-her-password","device_id":"tablet-1"})",
            "application/json");
        auto unknown = client_->Post(
            "/api/v1/auth/login",
            R"({"username":"mallory","password":"not-her-password","device_id":"tablet-1"})",
            "application/json");
        QVERIFY(isErrorJson(wrong, 401, "unauthorized"));
        QVERIFY(isErrorJson(unknown, 401, "unauthorized"));
        QCOMPARE(bodyOf(wrong)["error"]["message"], bodyOf(unknown)["error"]["message"]);
        auto shapeless =
            client_->Post("/api/v1/auth/login", R"({"username":"alice"})", "application/json");
        QVERIFY(isErrorJson(shapeless, 400, "missing_field"));
        QCOMPARE(bodyOf(shapeless)["error"]["field"], json("password"));
    }

    void missingOrBadTokenIsUnauthorized() {
        QVERIFY(isErrorJson(client_->Get("/api/v1/projects"), 401, "unauthorized"));
        QVERIFY(isErrorJson(client_->Get("/api/v1/projects", auth("0123")), 401, "unauthorized"));
        QVERIFY(
            isErrorJson(post("/api/v1/projects/" + p1_ + "/push", "{}", ""), 401, "unauthorized"));
    }

    void projectsListsWhatTheUserSees() {
        auto res = client_->Get("/api/v1/projects", auth(token_));
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        const json projects = bodyOf(res)["projects"];
        QCOMPARE(projects.size(), std::size_t(1));
        QCOMPARE(projects[0]["id"], json(p1_));
        QCOMPARE(projects[0]["code"], json("P1"));
        QCOMPARE(projects[0]["name"], json("示范路片区"));
        QCOMPARE(projects[0]["freeze_date"], json("2024-03-15"));
        QCOMPARE(projects[0]["area_grade"], json(2));
        QVERIFY(projects[0]["gps_max_accuracy_m"].is_number());
        QVERIFY(projects[0]["gps_max_age_s"].is_number_integer());
    }

    // Office staff work where they are assigned, as surveyors do; only admins see everything.
    void reviewersSeeOnlyTheirProjects() {
        const std::string reviewer = login("rita", "rita-password");
        const json projects = bodyOf(client_->Get("/api/v1/projects", auth(reviewer)))["projects"];
        QCOMPARE(projects.size(), std::size_t(1));
        QCOMPARE(projects[0]["code"], json("P1"));
        QVERIFY(isErrorJson(
            client_->Get(("/api/v1/projects/" + p2_ + "/households").c_str(), auth(reviewer)), 403,
            "forbidden"));
        QVERIFY(isErrorJson(
            client_->Get(("/api/v1/projects/" + p2_ + "/progress").c_str(), auth(reviewer)), 403,
            "forbidden"));
        QCOMPARE(
            client_->Get(("/api/v1/projects/" + p1_ + "/progress").c_str(), auth(reviewer))->status,
            200);
    }

    void projectAccessIsChecked() {
        const std::string body = R"({"device_id":"tablet-1","changes":[]})";
        QVERIFY(
            isErrorJson(post("/api/v1/projects/" + p2_ + "/push", body, token_), 403, "forbidden"));
        QVERIFY(isErrorJson(post("/api/v1/projects/no-such-project/push", body, token_), 404,
                            "not_found"));
        QVERIFY(isErrorJson(
            client_->Get(("/api/v1/projects/" + p2_ + "/changes").c_str(), auth(token_)), 403,
            "forbidden"));
    }

    void pushAppliesAndReplayIsDuplicate() {
        const json batch = {
            {"device_id", "tablet-1"},
            {"changes",
             {change("c-h1", "household", "h1", 0, {{"code", "SF-001"}, {"head_name", "王建国"}}),
              // The building's figure is the sum of the parts the server keeps, so the
              // server has none of its own to derive into the log.
              change("c-b1", "building", "b1", 0,
                     {{"household_id", "h1"}, {"no", 1}, {"measured_area_dm2", 756}}),
              change("c-p1", "part", "p1", 0,
                     {{"building_id", "b1"},
                      {"kind", "room"},
                      {"lengths_mm", {3600, 4200}},
                      {"height_mm", 2150},
                      {"area_dm2", 756}}),
              change("c-p2", "part", "p2", 0,
                     {{"building_id", "b1"},
                      {"kind", "room"},
                      {"lengths_mm", {3000, 3000}},
                      {"height_mm", 2800},
                      {"area_dm2", 901}})}}};
        auto res = post("/api/v1/projects/" + p1_ + "/push", batch.dump(), token_);
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        const json results = bodyOf(res)["results"];
        QCOMPARE(results.size(), std::size_t(4));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(results[i]["status"], json("applied"));
        QCOMPARE(results[3]["status"], json("rejected"));
        QCOMPARE(results[3]["error"]["code"], json("area_mismatch"));

        const auto rows = changeLogRows();
        QCOMPARE(rows, 3);
        auto again = post("/api/v1/projects/" + p1_ + "/push", batch.dump(), token_);
        QVERIFY(again);
        QCOMPARE(again->status, 200);
        const json replay = bodyOf(again)["results"];
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(replay[i]["status"], json("duplicate"));
            QCOMPARE(replay[i]["rev"], results[i]["rev"]);
            QCOMPARE(replay[i]["first_status"], results[i]["status"]);
        }
        QCOMPARE(changeLogRows(), rows);
    }

    void malformedBodiesAreRefusedWhole() {
        const std::string path = "/api/v1/projects/" + p1_ + "/push";
        const auto rows = changeLogRows();
        QVERIFY(isErrorJson(post(path, "{not json", token_), 400, "bad_json"));
        QVERIFY(isErrorJson(post(path, "\"\xff\xfe\"", token_), 400, "bad_json"));
        QVERIFY(isErrorJson(post(path, std::string(100000, '[') + std::string(100000, ']'), token_),
                            400, "bad_json"));
        QVERIFY(isErrorJson(post(path, "[]", token_), 400, "bad_request"));
        // nlohmann's parser alone would take the text before the NUL byte as the whole body.
        QVERIFY(isErrorJson(post(path, std::string("{}\0{\"device_id\"", 15), token_), 400,
                            "bad_json"));
        auto wrongType = post(
            path,
            R"({"device_id":"t","changes":[{"change_id":"x1","entity":"household","id":"h9","op":"upsert","base_rev":"0","fields":{}}]})",
            token_);
        QVERIFY(isErrorJson(wrongType, 400, "wrong_type"));
        QCOMPARE(bodyOf(wrongType)["error"]["field"], json("changes[0].base_rev"));
        json many = {{"device_id", "t"}, {"changes", json::array()}};
        for (int i = 0; i < 5001; ++i)
            many["changes"].push_back(change("m" + std::to_string(i), "household",
                                             "hm" + std::to_string(i), 0, {{"code", "M"}}));
        QVERIFY(isErrorJson(post(path, many.dump(), token_), 413, "too_large"));
        // Beyond the body limit the server answers without parsing anything.
        const std::string huge(17u * 1024 * 1024, ' ');
        QVERIFY(isErrorJson(post(path, huge, token_), 413, "too_large"));
        QCOMPARE(changeLogRows(), rows);
    }

    void unknownRouteIsJson404() {
        QVERIFY(isErrorJson(client_->Get("/api/v1/nothing-here", auth(token_)), 404, "not_found"));
        // "/" is the back-office console; any other unknown path still answers JSON.
        QVERIFY(isErrorJson(client_->Get("/nothing-here"), 404, "not_found"));
    }

    void changesPageThroughTheLog() {
        const std::string base = "/api/v1/projects/" + p1_ + "/changes";
        auto first = client_->Get((base + "?since=0&limit=1").c_str(), auth(token_));
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        const json page = bodyOf(first);
        QCOMPARE(page["changes"].size(), std::size_t(1));
        QCOMPARE(page["more"], json(true));
        const json c = page["changes"][0];
        QCOMPARE(c["entity"], json("household"));
        QCOMPARE(c["id"], json("h1"));
        QCOMPARE(c["op"], json("upsert"));
        QCOMPARE(c["rev"], c["seq"]);
        QCOMPARE(c["fields"]["head_name"], json("王建国"));
        QCOMPARE(page["next"], c["seq"]);

        auto rest = client_->Get(
            (base + "?since=" + std::to_string(page["next"].get<int>())).c_str(), auth(token_));
        const json tail = bodyOf(rest);
        QCOMPARE(tail["changes"].size(), std::size_t(2));
        QCOMPARE(tail["more"], json(false));
        QCOMPARE(tail["changes"][1]["fields"]["area_dm2"], json(756));
        auto end = client_->Get(
            (base + "?since=" + std::to_string(tail["next"].get<int>())).c_str(), auth(token_));
        QCOMPARE(bodyOf(end)["changes"].size(), std::size_t(0));
        QCOMPARE(bodyOf(end)["next"], tail["next"]);
    }

    void changesQueryMustBeNumbers() {
        const std::string base = "/api/v1/projects/" + p1_ + "/changes";
        for (const char* query : {"?since=-1", "?since=abc", "?limit=1.5", "?limit=-3",
                                  "?since=99999999999999999999"}) {
            auto res = client_->Get((base + query).c_str(), auth(token_));
            QVERIFY2(isErrorJson(res, 400, "bad_request"), query);
        }
    }

    void expiredTokenIsRefused() {
        ServerProcess shortLived;
        QVERIFY2(shortLived.start(
                     withData({"--listen", "127.0.0.1:0", "--insecure-http", "--token-ttl", "1"})),
                 qPrintable(shortLived.log()));
        QVERIFY(shortLived.fingerprint().isEmpty());
        httplib::Client plain("127.0.0.1", shortLived.port());
        plain.set_read_timeout(20);
        auto res =
            plain.Post("/api/v1/auth/login",
                       R"({"username":"alice","password":"alice-password","device_id":"tablet-9"})",
                       "application/json");
        QVERIFY(res && res->status == 200);
        const std::string token = bodyOf(res)["token"];
        QThread::msleep(2100);
        QVERIFY(isErrorJson(plain.Get("/api/v1/projects", auth(token)), 401, "token_expired"));
        QVERIFY(shortLived.stop());
    }

    void revokedDeviceIsRefused() {
        const std::string token = login("alice", "alice-password", "lost-tablet");
        QCOMPARE(client_->Get("/api/v1/projects", auth(token))->status, 200);
        QCOMPARE(cli({"token", "revoke", "alice", "--device", "lost-tablet"}),
                 std::string("revoked 1"));
        QVERIFY(isErrorJson(client_->Get("/api/v1/projects", auth(token)), 401, "unauthorized"));
        QCOMPARE(client_->Get("/api/v1/projects", auth(token_))->status, 200);
    }

    void auditChainVerifies() {
        const std::string out = cli({"audit", "verify"});
        QVERIFY2(out.starts_with("OK "), out.c_str());
    }

    void cleanupTestCase() {
        client_.reset();
        QVERIFY2(server_.stop(), qPrintable(server_.log()));
        QVERIFY(server_.log().contains("stopped"));
    }
};

QTEST_GUILESS_MAIN(TestHttpApi)
#include "test_http_api.moc"
