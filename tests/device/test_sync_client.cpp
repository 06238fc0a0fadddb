// SPDX-License-Identifier: Apache-2.0
// SyncClient against a scripted loopback server: requests, answers, error codes, pinning.
#include "device_support.h"
#include "fake_server.h"
#include "sync/cert_pin.h"
#include "sync/sync_client.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace survey::device;
using nlohmann::json;
using test::FakeRequest;
using test::FakeResponse;
using test::FakeServer;

namespace {
constexpr int kWaitMs = 15'000;

FakeResponse ok(const json& body) {
    return {200, QByteArray::fromStdString(body.dump())};
}

const json kLoginAnswer = {{"token", "tok-1"},
                           {"expires_at", "2030-01-01T00:00:00Z"},
                           {"user", {{"id", "u1"}, {"name", "surveyor1"}, {"role", "surveyor"}}}};

// The usual answers of the API, by path.
FakeResponse apiAnswer(const FakeRequest& r) {
    if (r.path == "/api/v1/auth/login")
        return ok(kLoginAnswer);
    if (r.path == "/api/v1/projects")
        return ok(
            {{"projects",
              {{{"id", "p1"},
                {"code", "DJB"},
                {"name", "项目"},
                {"freeze_date", nullptr},
                {"area_grade", 1},
                {"gps_max_accuracy_m", 8.5}},
               {{"id", "p2"}, {"code", "XYZ"}, {"name", "二"}, {"freeze_date", "2024-03-01"}}}}});
    if (r.path == "/api/v1/projects/p1/push")
        return ok({{"results", {{{"change_id", "c1"}, {"status", "applied"}, {"rev", 3}}}}});
    if (r.path == "/api/v1/projects/p1/changes")
        return ok({{"changes",
                    {{{"seq", 11},
                      {"entity", "household"},
                      {"id", "h1"},
                      {"rev", 3},
                      {"op", "upsert"},
                      {"fields", {{"code", "H1"}}}}}},
                   {"next", 11},
                   {"more", false}});
    return {404, R"({"error":{"code":"not_found","message":"no such route"}})"};
}
} // namespace

class TestSyncClient : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void loginStoresTokenAndSendsIt();
    void pushAndPullRoundTrip();
    void serverErrorKeepsItsCode();
    void malformedAnswersAreBadResponse();
    void deeplyNestedAnswerIsBadResponse();
    void unreachableServerIsNetwork();
    void plainHttpOnlyOnLoopback();
    void pinnedTlsAcceptsOnlyThePinnedCertificate();
    void trustedChainStillNeedsThePin();

  private:
    QTemporaryDir dir_;
    test::TestCertificate cert_;
};

void TestSyncClient::initTestCase() {
    cert_ = test::makeSelfSignedCertificate(dir_.path());
    QVERIFY2(cert_.ok(), "the openssl tool could not make a test certificate");
}

void TestSyncClient::loginStoresTokenAndSendsIt() {
    FakeServer server(apiAnswer);
    QVERIFY(server.listen());
    SyncClient client(server.url(), {});
    QSignalSpy loggedIn(&client, &SyncClient::loggedIn);
    client.login(QStringLiteral("surveyor1"), QStringLiteral("pw 密码"), QStringLiteral("dev-1"));
    QVERIFY(loggedIn.wait(kWaitMs));
    QCOMPARE(loggedIn.at(0).at(0).toString(), QStringLiteral("tok-1"));
    QCOMPARE(loggedIn.at(0).at(1).toString(), QStringLiteral("surveyor1"));
    QCOMPARE(loggedIn.at(0).at(2).toString(), QStringLiteral("surveyor"));
    QCOMPARE(client.token(), QStringLiteral("tok-1"));
    const json body = json::parse(server.requests.at(0).body.toStdString());
    SURVEY_COMPARE_JSON(
        body, (json{{"username", "surveyor1"}, {"password", "pw 密码"}, {"device_id", "dev-1"}}));
    QCOMPARE(server.requests.at(0).method, QByteArray("POST"));

    QSignalSpy fetched(&client, &SyncClient::projectsFetched);
    client.fetchProjects();
    QVERIFY(fetched.wait(kWaitMs));
    QCOMPARE(server.requests.at(1).headers.value("authorization"), QByteArray("Bearer tok-1"));
    const auto projects = fetched.at(0).at(0).value<QList<ProjectInfo>>();
    QCOMPARE(projects.size(), 2);
    QCOMPARE(projects[0].areaGrade, 1);
    QCOMPARE(projects[0].gpsMaxAccuracyM, 8.5);
    QCOMPARE(projects[0].gpsMaxAgeS, 60); // left out: the default
    QCOMPARE(projects[1].freezeDate, QStringLiteral("2024-03-01"));
}

void TestSyncClient::pushAndPullRoundTrip() {
    FakeServer server(apiAnswer);
    QVERIFY(server.listen());
    SyncClient client(server.url(), {});
    client.setToken(QStringLiteral("t"));
    survey::sync::PushRequest request;
    request.deviceId = "dev-1";
    request.changes.push_back(
        {"c1", "household", "h1", survey::sync::Op::Upsert, 0, {{"code", "H1"}}});
    QSignalSpy pushed(&client, &SyncClient::pushed);
    client.push(QStringLiteral("p1"), request);
    QVERIFY(pushed.wait(kWaitMs));
    const auto response = pushed.at(0).at(0).value<survey::sync::PushResponse>();
    QCOMPARE(response.results.size(), std::size_t{1});
    QCOMPARE(response.results[0].rev, std::int64_t{3});
    SURVEY_COMPARE_JSON(json::parse(server.requests.at(0).body.toStdString()),
                        survey::sync::toJson(request));

    QSignalSpy pulled(&client, &SyncClient::changesPulled);
    client.pullChanges(QStringLiteral("p1"), 10, 500);
    QVERIFY(pulled.wait(kWaitMs));
    QCOMPARE(server.requests.at(1).query, QByteArray("since=10&limit=500"));
    const auto page = pulled.at(0).at(0).value<survey::sync::ChangesPage>();
    QCOMPARE(page.next, std::int64_t{11});
    SURVEY_COMPARE_JSON(page.changes.at(0).fields, (json{{"code", "H1"}}));
}

void TestSyncClient::serverErrorKeepsItsCode() {
    FakeServer server([](const FakeRequest&) {
        return FakeResponse{401, R"({"error":{"code":"unauthorized","message":"wrong password"}})"};
    });
    QVERIFY(server.listen());
    SyncClient client(server.url(), {});
    QSignalSpy failed(&client, &SyncClient::failed);
    client.login(QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("d"));
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("login"));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(failed.at(0).at(2).toString(), QStringLiteral("wrong password"));
}

void TestSyncClient::malformedAnswersAreBadResponse() {
    FakeServer server([](const FakeRequest& r) {
        if (r.path == "/api/v1/auth/login")
            return FakeResponse{200, R"({"token":"t"})"};
        if (r.path == "/api/v1/projects")
            return FakeResponse{200, "<html>proxy</html>"};
        return FakeResponse{502, "bad gateway"};
    });
    QVERIFY(server.listen());
    SyncClient client(server.url(), {});
    QSignalSpy failed(&client, &SyncClient::failed);
    client.login(QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("d"));
    client.fetchProjects();
    client.pullChanges(QStringLiteral("p1"), 0, 10);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, kWaitMs);
    for (const auto& call : failed)
        QCOMPARE(call.at(1).toString(), QStringLiteral("bad_response"));
    QVERIFY(client.token().isEmpty());
}

void TestSyncClient::deeplyNestedAnswerIsBadResponse() {
    // 20,000 levels would overflow the stack when copied; found by fuzzing the parsers.
    const std::string deep = R"({"error":)" + std::string(20000, '[') + std::string(20000, ']') + "}";
    FakeServer server([deep](const FakeRequest&) {
        return FakeResponse{500, QByteArray::fromStdString(deep)};
    });
    QVERIFY(server.listen());
    SyncClient client(server.url(), {});
    QSignalSpy failed(&client, &SyncClient::failed);
    client.login(QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("d"));
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("bad_response"));
}

void TestSyncClient::unreachableServerIsNetwork() {
    quint16 port = 0;
    {
        FakeServer closed(apiAnswer);
        QVERIFY(closed.listen());
        port = closed.url().port();
    }
    SyncClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {});
    QSignalSpy failed(&client, &SyncClient::failed);
    client.fetchProjects();
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("network"));
}

void TestSyncClient::plainHttpOnlyOnLoopback() {
    SyncClient client(QUrl(QStringLiteral("http://survey.example.com")), {});
    QSignalSpy failed(&client, &SyncClient::failed);
    client.login(QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("d"));
    QCOMPARE(failed.size(), 0); // failures arrive asynchronously, like answers
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("insecure_http"));
}

void TestSyncClient::pinnedTlsAcceptsOnlyThePinnedCertificate() {
    FakeServer server(apiAnswer);
    QVERIFY(server.listenTls(cert_.certificate, cert_.key));
    QString printed; // as openssl prints it: upper case with colons
    const QString pin = certificatePin(cert_.certificate);
    for (int i = 0; i < pin.size(); i += 2)
        printed += (i ? QStringLiteral(":") : QString()) + pin.mid(i, 2).toUpper();

    SyncClient pinned(server.url(), printed);
    QSignalSpy loggedIn(&pinned, &SyncClient::loggedIn);
    pinned.login(QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("d"));
    QVERIFY(loggedIn.wait(kWaitMs));

    const QString wrongPin = QString(pin).replace(0, 1, pin.startsWith(u'0') ? u'1' : u'0');
    for (const QString& badPin : {wrongPin, QString()}) {
        SyncClient client(server.url(), badPin);
        QSignalSpy failed(&client, &SyncClient::failed);
        client.login(QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("d"));
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("tls_pin"));
    }
    QCOMPARE(server.requests.size(), 1); // nothing reached the server without the pin
}

void TestSyncClient::trustedChainStillNeedsThePin() {
    // Make the test certificate a trusted root, so that the handshake raises no errors
    // and only the check after encryption stands between the client and the server.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificate(cert_.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    FakeServer server(apiAnswer);
    QVERIFY(server.listenTls(cert_.certificate, cert_.key));

    SyncClient unpinned(server.url(), {});
    QSignalSpy loggedIn(&unpinned, &SyncClient::loggedIn);
    unpinned.login(QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("d"));
    const bool trustedWithoutPin = loggedIn.wait(kWaitMs);

    SyncClient wrong(server.url(), QStringLiteral("ab").repeated(32));
    QSignalSpy failed(&wrong, &SyncClient::failed);
    wrong.login(QStringLiteral("u"), QStringLiteral("p"), QStringLiteral("d"));
    const bool refused = failed.wait(kWaitMs);
    QSslConfiguration::setDefaultConfiguration(saved);

    QVERIFY(trustedWithoutPin);
    QVERIFY(refused);
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("tls_pin"));
    QCOMPARE(server.requests.size(), 1); // only the unpinned client's login got through
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "test_sync_client.moc"
