// SPDX-License-Identifier: Apache-2.0
// The Session's background-sync timer wired to shouldSyncInBackground (whose decisions are
// table-tested in tests/device/test_background_sync.cpp): with a 100 ms tick, a waiting
// change reaches the (fake) server without anyone pressing sync, and nothing starts while
// logged out or while a sync is already running.
#include "fake_server.h"
#include "session/session.h"
#include "store/local_store.h"
#include "sync/sync_status.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>

using namespace survey;
using device::test::FakeRequest;
using device::test::FakeResponse;
using nlohmann::json;

namespace {

constexpr int kTickMs = 100;
// Ten ticks: long enough for any wrongly started sync to show, short for the suite.
constexpr int kQuietWaitMs = 10 * kTickMs;
constexpr int kPushWaitMs = 5'000;
const QString kProject = QStringLiteral("p1");
const QString kUser = QStringLiteral("surveyor1");

/// Applies every pushed change; the change cursor is empty.
FakeResponse answer(const FakeRequest& r) {
    if (r.path.endsWith("/push")) {
        const json body = json::parse(r.body.toStdString());
        json results = json::array();
        for (const auto& c : body["changes"])
            results.push_back({{"change_id", c["change_id"]}, {"status", "applied"}, {"rev", 1}});
        return {200, QByteArray::fromStdString(json{{"results", results}}.dump())};
    }
    if (r.path.endsWith("/changes"))
        return {200, R"({"changes":[],"next":0,"more":false})"};
    return {404, R"({"error":{"code":"not_found","message":"no such route"}})"};
}

int pushes(const QList<FakeRequest>& requests) {
    return static_cast<int>(std::count_if(requests.begin(), requests.end(), [](const auto& r) {
        return r.method == "POST" && r.path.endsWith("/push");
    }));
}

/// A data directory as a logged-in surveyor leaves it: server, user and token remembered,
/// project p1 open; the Session made over it starts logged in, as after an app restart.
struct LoggedInData {
    QTemporaryDir dir;

    explicit LoggedInData(const QUrl& server) {
        device::LocalStore store(dir.filePath(QStringLiteral("survey.db")));
        store.upsertProject({kProject, QStringLiteral("DJB"), QStringLiteral("项目")});
        store.setSetting(QStringLiteral("server_url"), server.toString());
        store.setSetting(QStringLiteral("auth_user"), kUser);
        store.setSetting(QStringLiteral("auth_token"), QStringLiteral("tok-1"));
        store.setSetting(QStringLiteral("current_project"), kProject);
    }

    std::unique_ptr<app::Session> session(const QUrl& server) {
        return std::make_unique<app::Session>(
            app::Session::Options{dir.path(),
                                  server.toString(),
                                  {},
                                  kUser,
                                  qEnvironmentVariable("SURVEY_NMEA_LOG"),
                                  kTickMs});
    }
};

void addHousehold(app::Session& session, const char* code) {
    session.store().save(kProject, QStringLiteral("household"), {}, {{"code", code}});
    session.notifyRecordsChanged();
}

/// Accepts connections and reads requests but never answers, so that a sync stays running.
class SilentServer : public QTcpServer {
  public:
    QByteArray received;

    SilentServer() {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (auto* socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket] { received += socket->readAll(); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int pushes() const { return static_cast<int>(received.count("POST /api/v1/projects/p1/push")); }
};

} // namespace

class TestSessionBackgroundSync : public QObject {
    Q_OBJECT
  private slots:
    void pendingChangeIsPushedWithoutAsking();
    void noSyncWhenLoggedOut();
    void noSecondSyncWhileOneRuns();
};

void TestSessionBackgroundSync::pendingChangeIsPushedWithoutAsking() {
    device::test::FakeServer server(answer);
    QVERIFY(server.listen());
    LoggedInData data(server.url());
    auto session = data.session(server.url());
    QVERIFY(session->loggedIn());
    QCOMPARE(session->projectId(), kProject);
    QSignalSpy finished(session->sync(), &app::SyncStatus::finished);
    addHousehold(*session, "H-0001");
    QCOMPARE(session->store().pendingCount(kProject), 1);

    // Nobody calls syncNow(): the tick does.
    QTRY_COMPARE_WITH_TIMEOUT(session->store().pendingCount(kProject), 0, kPushWaitMs);
    QCOMPARE(pushes(server.requests), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kPushWaitMs);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(server.requests.constFirst().headers.value("authorization"),
             QByteArray("Bearer tok-1"));
}

void TestSessionBackgroundSync::noSyncWhenLoggedOut() {
    device::test::FakeServer server(answer);
    QVERIFY(server.listen());
    LoggedInData data(server.url());
    auto session = data.session(server.url());
    session->logout(); // before the first tick: the event loop has not run yet
    QVERIFY(!session->loggedIn());
    QSignalSpy loginRequired(session.get(), &app::Session::loginRequired);
    addHousehold(*session, "H-0001");

    QTest::qWait(kQuietWaitMs);
    QVERIFY(server.requests.isEmpty());
    QCOMPARE(session->store().pendingCount(kProject), 1);
    // A background tick must never send the surveyor to the login page mid-measurement.
    QVERIFY(loginRequired.isEmpty());
}

void TestSessionBackgroundSync::noSecondSyncWhileOneRuns() {
    SilentServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    LoggedInData data(server.url());
    auto session = data.session(server.url());
    addHousehold(*session, "H-0001");

    QTRY_COMPARE_WITH_TIMEOUT(server.pushes(), 1, kPushWaitMs);
    QVERIFY(session->sync()->busy());
    addHousehold(*session, "H-0002"); // more waiting work must not start a second push
    QTest::qWait(kQuietWaitMs);
    QCOMPARE(server.pushes(), 1);
    QVERIFY(session->sync()->busy());
}

QTEST_MAIN(TestSessionBackgroundSync)

#include "test_session_background_sync.moc"
