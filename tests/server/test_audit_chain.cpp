// SPDX-License-Identifier: Apache-2.0
// The hash-chained audit log: appends link up, and edits or deletions are detected.
#include "audit/audit_log.h"
#include "audit/audit_verify.h"
#include "server_process.h"
#include "server_test_support.h"
#include "survey/hashing/sha256.h"
#include "survey/records/canonical_json.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace survey;
using namespace survey::server::audit;

namespace {
/// A world with a few audited pushes on top of its setup rows.
void addRows(ServerTestWorld& w) {
    w.push({makeChange("c1", "household", "h1", 0, {{"code", "H-1"}}),
            makeChange("c2", "household", "h2", 0, {{"code", "H-2"}}),
            makeChange("c3", "household", "h3", 0, {{"code", "H-3"}})});
}
} // namespace

class TestAuditChain : public QObject {
    Q_OBJECT
  private slots:
    void intactChainVerifies() {
        ServerTestWorld w;
        addRows(w);
        const auto check = verifyAuditChain(w.db());
        QVERIFY(check.ok);
        QCOMPARE(check.rows, w.count("audit_log"));
        auto q = w.db().prepare("SELECT prev_hash FROM audit_log WHERE seq = 1");
        QVERIFY(q.step());
        QCOMPARE(q.getText(0), std::string(kGenesisHash));
    }

    void rowsAppendedInOneTransactionChain() {
        ServerTestWorld w;
        storage::Transaction tx(w.db());
        AuditWriter writer(w.db());
        const auto a =
            writer.append({"u1", "d1", "test.one", "s1", {{"n", 1}}}, "2024-01-01T00:00:00Z");
        const auto b = writer.append({"", "", "test.two", "", {}}, "2024-01-01T00:00:01Z");
        tx.commit();
        QCOMPARE(b, a + 1);
        QVERIFY(verifyAuditChain(w.db()).ok);
    }

    void tamperedDetailIsDetected() {
        ServerTestWorld w;
        addRows(w);
        w.db().exec("UPDATE audit_log SET detail_json = '{\"rev\":999}' WHERE seq = 3");
        const auto check = verifyAuditChain(w.db());
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, 3);
        QCOMPARE(check.rows, 2);
    }

    void tamperedActorIsDetected() {
        ServerTestWorld w;
        addRows(w);
        w.db().exec("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 4");
        QCOMPARE(verifyAuditChain(w.db()).brokenSeq, 4);
    }

    void deletedRowIsDetected() {
        ServerTestWorld w;
        addRows(w);
        w.db().exec("DELETE FROM audit_log WHERE seq = 2");
        const auto check = verifyAuditChain(w.db());
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, 2);
    }

    void deletedTailIsDetected() {
        ServerTestWorld w;
        addRows(w);
        const auto rows = w.count("audit_log");
        w.db().exec("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)");
        const auto check = verifyAuditChain(w.db());
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, rows);
    }

    void rehashedRowStillBreaksTheLink() {
        ServerTestWorld w;
        addRows(w);
        // Rewriting a row and its own hash is not enough: the next row's prev_hash differs.
        AuditRow row;
        auto q = w.db().prepare("SELECT seq, at, actor, device_id, action, subject, prev_hash"
                                " FROM audit_log WHERE seq = 2");
        QVERIFY(q.step());
        row.seq = 2;
        row.at = q.getText(1);
        auto optional = [&](int col) {
            return q.isNull(col) ? std::nullopt : std::optional<std::string>(q.getText(col));
        };
        row.actor = optional(2);
        row.deviceId = optional(3);
        row.action = q.getText(4);
        row.subject = optional(5);
        row.prevHash = q.getText(6);
        row.detailJson = "{}";
        auto u = w.db().prepare("UPDATE audit_log SET detail_json = '{}', hash = ? WHERE seq = 2");
        u.bind(1, rowHash(row)).run();
        const auto check = verifyAuditChain(w.db());
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, 3);
    }

    /// `survey-server audit verify`, the command an operator runs, on a data directory
    /// whose history was edited, then cut, behind the server's back.
    void commandDetectsChangedAndDeletedRows() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList data = {"--data", dir.path()};
        QString out;
        QCOMPARE(ServerProcess::runCommand(
                     QStringList{"project", "add", "P1", "--name", "一"} + data, {}, &out),
                 0);
        QCOMPARE(ServerProcess::runCommand(
                     QStringList{"user", "add", "alice", "--role", "surveyor"} + data,
                     "alice-password\n", &out),
                 0);
        QCOMPARE(ServerProcess::runCommand(QStringList{"audit", "verify"} + data, {}, &out), 0);
        QVERIFY2(out.startsWith("OK "), qPrintable(out));

        const std::string path = dir.filePath("survey.db").toStdString();
        storage::Database::open(path).exec(
            "UPDATE audit_log SET subject = 'someone-else' WHERE seq = 1");
        QCOMPARE(ServerProcess::runCommand(QStringList{"audit", "verify"} + data, {}, &out), 1);
        QVERIFY2(out.startsWith("BROKEN at seq 1"), qPrintable(out));

        storage::Database::open(path).exec("DELETE FROM audit_log WHERE seq = 1");
        QCOMPARE(ServerProcess::runCommand(QStringList{"audit", "verify"} + data, {}, &out), 1);
        QVERIFY2(out.startsWith("BROKEN at seq 1"), qPrintable(out));
    }

    // Stored chains were hashed over the canonical JSON of the whole row; the hash written
    // out key by key must keep giving the same bytes, whatever the text holds.
    void rowHashIsTheCanonicalJsonOfTheRow() {
        const std::string texts[] = {"plain", "{\"rev\":3,\"note\":\"a \\\"b\\\" c\\\\\"}",
                                     "tab\there\nline\u0001", "门牌 12 号", "del\x7f"};
        for (const auto& text : texts) {
            AuditRow row;
            row.seq = 42;
            row.at = "2024-03-15T08:00:00Z";
            row.actor = text;
            row.action = "household.push.upsert";
            row.subject = std::nullopt;
            row.detailJson = text;
            row.prevHash = std::string(kGenesisHash);
            const nlohmann::json body = {{"seq", row.seq},
                                         {"at", row.at},
                                         {"actor", *row.actor},
                                         {"device_id", nullptr},
                                         {"action", row.action},
                                         {"subject", nullptr},
                                         {"detail_json", row.detailJson},
                                         {"prev_hash", row.prevHash}};
            QCOMPARE(rowHash(row), hashing::sha256Hex(row.prevHash + records::canonicalJson(body)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_audit_chain.moc"
