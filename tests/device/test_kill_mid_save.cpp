// SPDX-License-Identifier: Apache-2.0
// The app killed at any moment loses nothing it has confirmed: a writer process (this
// binary with --writer) saves households, buildings and parts as fast as it can and prints
// each id once save() has returned; the test kills it with SIGKILL at a random moment,
// reopens the store as a restarted app would, and checks that the database is intact,
// that every confirmed save is there with its outbox change, and that nothing is half
// written (a record without its outbox change, or an outbox change without its record).
#include "store/local_store.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cstdio>
#include <set>

using nlohmann::json;
using survey::device::LocalStore;

namespace {

const QString kProject = QStringLiteral("p1");
constexpr int kRounds = 6;

void confirm(const char* entity, const QString& id) {
    std::printf("%s %s\n", entity, qPrintable(id));
    std::fflush(stdout);
}

/// Runs until killed: every iteration makes a household with a building and a part, then
/// edits the household, the way a surveyor works through a house.
[[noreturn]] void runWriter(const QString& path) {
    LocalStore store(path);
    store.upsertProject(
        {.id = kProject, .code = QStringLiteral("KILL"), .name = QStringLiteral("强杀测试")});
    for (int i = 0;; ++i) {
        const QString code =
            QStringLiteral("K-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString hh = store.save(kProject, QStringLiteral("household"), {},
                                      {{"code", code.toStdString()},
                                       {"head_name", "户主"},
                                       {"address", "人民路" + std::to_string(i) + "号"}});
        confirm("household", hh);
        const QString b = store.save(kProject, QStringLiteral("building"), {},
                                     {{"household_id", hh.toStdString()}, {"no", 1}});
        confirm("building", b);
        const QString part = store.save(kProject, QStringLiteral("part"), {},
                                        {{"building_id", b.toStdString()},
                                         {"kind", "room"},
                                         {"lengths_mm", {4000 + i, 3000}},
                                         {"height_mm", 2800}});
        confirm("part", part);
        store.save(kProject, QStringLiteral("household"), hh,
                   {{"notes", "第" + std::to_string(i) + "次"}});
        confirm("household", hh);
    }
}

} // namespace

class TestKillMidSave : public QObject {
    Q_OBJECT
  private slots:
    void confirmedSavesSurviveSigkill();
};

void TestKillMidSave::confirmedSavesSurviveSigkill() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("device.db"));
    std::set<std::pair<std::string, std::string>> confirmed;
    for (int round = 0; round < kRounds; ++round) {
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QVERIFY2(writer.waitForReadyRead(30000), "the writer confirmed no save");
        // A different moment in the save cycle each round.
        QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(20, 400)));
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Only whole lines were confirmed; a torn last line was not.
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
            const auto fields = line.split(' ');
            if (fields.size() == 2 && fields[1].size() == 36)
                confirmed.insert({fields[0].toStdString(), fields[1].toStdString()});
        }

        LocalStore store(path); // migrations and open succeed after the kill
        auto check = store.db().prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.getText(0), std::string("ok"));
        for (const auto& [entity, id] : confirmed)
            QVERIFY2(store.read(QString::fromStdString(entity), QString::fromStdString(id)),
                     (entity + " " + id + " was confirmed but is gone").c_str());

        // Nothing is half written: every record has its outbox change and every change
        // its record, across the three tables the writer touches.
        auto orphans = store.db().prepare(
            "SELECT count(*) FROM (SELECT id FROM households UNION ALL SELECT id FROM buildings"
            " UNION ALL SELECT id FROM parts) r WHERE NOT EXISTS"
            " (SELECT 1 FROM outbox o WHERE o.entity_id = r.id)");
        QVERIFY(orphans.step());
        QCOMPARE(orphans.getInt(0), std::int64_t{0});
        auto dangling = store.db().prepare(
            "SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM households WHERE id ="
            " o.entity_id) AND NOT EXISTS (SELECT 1 FROM buildings WHERE id = o.entity_id)"
            " AND NOT EXISTS (SELECT 1 FROM parts WHERE id = o.entity_id)");
        QVERIFY(dangling.step());
        QCOMPARE(dangling.getInt(0), std::int64_t{0});
        // At most the one save in flight per kill can be stored without its confirmation.
        auto records = store.db().prepare(
            "SELECT (SELECT count(*) FROM households) + (SELECT count(*) FROM buildings) +"
            " (SELECT count(*) FROM parts)");
        QVERIFY(records.step());
        std::set<std::string> confirmedIds;
        for (const auto& entry : confirmed)
            confirmedIds.insert(entry.second);
        QVERIFY(records.getInt(0) >= static_cast<std::int64_t>(confirmedIds.size()));
        QVERIFY(records.getInt(0) <= static_cast<std::int64_t>(confirmedIds.size()) + round + 1);
    }
    QVERIFY2(confirmed.size() > kRounds, "the writer made too little progress to test anything");
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--writer")
        runWriter(QString::fromLocal8Bit(argv[2]));
    TestKillMidSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_kill_mid_save.moc"
