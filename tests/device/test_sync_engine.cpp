// SPDX-License-Identifier: Apache-2.0
// SyncEngine against an in-memory imitation of the server's push and change cursor.
#include "device_support.h"
#include "fake_server.h"
#include "sync/sync_engine.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace survey::device;
using nlohmann::json;
using test::FakeRequest;
using test::FakeResponse;
using test::TempStore;

namespace {
constexpr int kWaitMs = 60'000;
const QString kProject = QStringLiteral("p1");

/// Applies every pushed change and serves them back through the change cursor, like the
/// real server for a single device without conflicts.
struct MemoryServer {
    json log = json::array(); ///< the change cursor, seq = index + 1
    std::vector<std::size_t> batchSizes;
    bool failPush = false;
    bool answerNothing = false;

    FakeResponse operator()(const FakeRequest& r) {
        if (r.path.endsWith("/push"))
            return push(json::parse(r.body.toStdString()));
        if (r.path.endsWith("/changes"))
            return changes(QUrlQuery(QString::fromLatin1(r.query)));
        return {404, R"({"error":{"code":"not_found","message":"?"}})"};
    }

    FakeResponse push(const json& body) {
        if (failPush)
            return {500, R"({"error":{"code":"internal","message":"disk full"}})"};
        batchSizes.push_back(body["changes"].size());
        json results = json::array();
        if (!answerNothing)
            for (const auto& c : body["changes"]) {
                const auto rev = static_cast<std::int64_t>(log.size()) + 1;
                log.push_back({{"seq", rev},
                               {"entity", c["entity"]},
                               {"id", c["id"]},
                               {"rev", rev},
                               {"op", c["op"]},
                               {"fields", c["fields"]}});
                results.push_back(
                    {{"change_id", c["change_id"]}, {"status", "applied"}, {"rev", rev}});
            }
        return {200, QByteArray::fromStdString(json{{"results", results}}.dump())};
    }

    FakeResponse changes(const QUrlQuery& q) {
        const auto since = q.queryItemValue(QStringLiteral("since")).toLongLong();
        const auto limit = q.queryItemValue(QStringLiteral("limit")).toLongLong();
        json page = json::array();
        std::int64_t next = since;
        for (std::size_t i = since;
             i < log.size() && static_cast<std::int64_t>(page.size()) < limit; ++i) {
            page.push_back(log[i]);
            next = log[i]["seq"];
        }
        const bool more = next < static_cast<std::int64_t>(log.size());
        return {200, QByteArray::fromStdString(
                         json{{"changes", page}, {"next", next}, {"more", more}}.dump())};
    }
};

struct Fixture {
    MemoryServer memory;
    test::FakeServer server{[this](const FakeRequest& r) { return memory(r); }};
    std::unique_ptr<SyncClient> client;

    Fixture() {
        if (server.listen())
            client = std::make_unique<SyncClient>(server.url(), QString());
    }
};
} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT
  private slots:
    void pushesInBatchesThenPullsEveryPage();
    void failureStopsAndKeepsTheOutbox();
    void unansweredChangesDoNotLoop();
    void secondSyncWhileBusyIsIgnored();
};

void TestSyncEngine::pushesInBatchesThenPullsEveryPage() {
    Fixture f;
    QVERIFY(f.client);
    TempStore a;
    const QString hh = a.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    for (int i = 0; i < 1200; ++i)
        a.store->save(kProject, QStringLiteral("member"), {},
                      {{"household_id", hh.toStdString()}, {"name", "成员" + std::to_string(i)}});
    SyncEngine engine(*a.store, *f.client);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QSignalSpy progress(&engine, &SyncEngine::progress);
    engine.syncProject(kProject);
    QVERIFY(engine.busy());
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(f.memory.batchSizes, (std::vector<std::size_t>{500, 500, 201}));
    QCOMPARE(a.store->pendingCount(kProject), 0);
    QCOMPARE(a.outboxRows(), 0);
    QCOMPARE(a.store->pullCursor(kProject), qint64{1201});
    QCOMPARE(a.store->read(QStringLiteral("household"), hh)->rev, std::int64_t{1});
    QVERIFY(!engine.busy());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.at(2).at(0).toString(), QStringLiteral("push"));
    QCOMPARE(progress.at(2).at(1).toInt(), 1201);
    QCOMPARE(progress.at(2).at(2).toInt(), 1201);

    // An empty tablet rebuilds everything from cursor 0.
    TempStore b;
    SyncEngine engineB(*b.store, *f.client);
    QSignalSpy finishedB(&engineB, &SyncEngine::finished);
    engineB.syncProject(kProject);
    QVERIFY(finishedB.wait(kWaitMs));
    QVERIFY(finishedB.at(0).at(0).toBool());
    QCOMPARE(b.store->children(QStringLiteral("member"), hh).size(), 1200);
    QCOMPARE(b.store->households(kProject).at(0).code, QStringLiteral("H1"));
    QCOMPARE(b.store->pullCursor(kProject), qint64{1201});
}

void TestSyncEngine::failureStopsAndKeepsTheOutbox() {
    Fixture f;
    QVERIFY(f.client);
    f.memory.failPush = true;
    TempStore a;
    a.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    SyncEngine engine(*a.store, *f.client);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("disk full")));
    QCOMPARE(a.store->pendingCount(kProject), 1);
    QVERIFY(!engine.busy());

    f.memory.failPush = false; // the next sync resends the same change
    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(finished.at(1).at(0).toBool());
    QCOMPARE(a.store->pendingCount(kProject), 0);
}

void TestSyncEngine::unansweredChangesDoNotLoop() {
    Fixture f;
    QVERIFY(f.client);
    f.memory.answerNothing = true;
    TempStore a;
    a.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    SyncEngine engine(*a.store, *f.client);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.at(0).at(0).toBool());
    QCOMPARE(f.memory.batchSizes.size(), std::size_t{1});
    QCOMPARE(a.store->pendingCount(kProject), 1);
}

void TestSyncEngine::secondSyncWhileBusyIsIgnored() {
    Fixture f;
    QVERIFY(f.client);
    TempStore a;
    a.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    SyncEngine engine(*a.store, *f.client);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.syncProject(kProject);
    engine.syncProject(kProject);
    QVERIFY(finished.wait(kWaitMs));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(f.memory.batchSizes.size(), std::size_t{1});

    engine.syncProject(QStringLiteral("unknown"));
    QCOMPARE(finished.size(), 2);
    QVERIFY(!finished.at(1).at(0).toBool());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "test_sync_engine.moc"
