// SPDX-License-Identifier: Apache-2.0
// The SQLite wrapper: process-wide settings, statements kept prepared per connection, and
// read snapshots.
#include "survey/storage/database.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <vector>

using survey::storage::Database;
using survey::storage::ReadSnapshot;

class TestDatabase : public QObject {
    Q_OBJECT

  private slots:
    // With SQLite's allocation counters on, every allocation of every connection takes one
    // process-wide mutex: the server's pulls queued on it. Opening a database turns them off.
    void openingTurnsAllocationCountersOff() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(dir.filePath("t.db").toStdString());
        db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (randomblob(200000));");
        auto q = db.prepare("SELECT length(x) FROM t");
        QVERIFY(q.step());
        QCOMPARE(q.getInt(0), 200000);
        QCOMPARE(sqlite3_memory_used(), sqlite3_int64{0});
    }

    void cachedStatementsComeBackResetAndUnbound() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        db.exec("CREATE TABLE t(k TEXT, v INTEGER); INSERT INTO t VALUES ('a', 1), ('b', 2);");
        const char* sql = "SELECT v FROM t WHERE k = ?1 OR ?1 IS NULL ORDER BY v";
        {
            auto q = db.prepareCached(sql);
            q.bind(1, "b");
            QVERIFY(q.step());
            QCOMPARE(q.getInt(0), 2); // left mid-result on purpose
        }
        auto q = db.prepareCached(sql); // the same statement: reset, its binding cleared
        QVERIFY(q.step());
        QCOMPARE(q.getInt(0), 1);
        QVERIFY(q.step());
        QCOMPARE(q.getInt(0), 2);
        QVERIFY(!q.step());
    }

    // A query that runs the same SQL inside its own row loop gets a statement of its own.
    void cachedStatementInUseIsNotLentTwice() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        db.exec("CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1), (2), (3);");
        const char* sql = "SELECT v FROM t WHERE v >= ? ORDER BY v";
        auto outer = db.prepareCached(sql);
        outer.bind(1, 1);
        std::vector<std::int64_t> seen;
        while (outer.step()) {
            auto inner = db.prepareCached(sql);
            inner.bind(1, outer.getInt(0));
            int rows = 0;
            while (inner.step())
                ++rows;
            seen.push_back(outer.getInt(0) * 10 + rows);
        }
        QCOMPARE(seen, (std::vector<std::int64_t>{13, 22, 31}));
    }

    void cachedStatementSurvivesTheConnectionMoving() {
        QTemporaryDir dir;
        auto first = Database::open(dir.filePath("t.db").toStdString());
        first.exec("CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (7);");
        first.prepareCached("SELECT v FROM t");
        Database moved = std::move(first);
        auto q = moved.prepareCached("SELECT v FROM t");
        QVERIFY(q.step());
        QCOMPARE(q.getInt(0), 7);
    }

    void badSqlIsRefusedAndNotCached() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        QVERIFY_THROWS_EXCEPTION(survey::storage::DbError, db.prepareCached("SELECT FROM"));
        QVERIFY_THROWS_EXCEPTION(survey::storage::DbError, db.prepareCached("SELECT FROM"));
        auto q = db.prepareCached("SELECT 5");
        QVERIFY(q.step());
        QCOMPARE(q.getInt(0), 5);
    }

    // A request that only reads sees one state of the database, however many statements it
    // runs: a commit from another connection in between shows only after the snapshot.
    void readSnapshotSeesOneStateOfTheDatabase() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("t.db").toStdString();
        auto reader = Database::open(path);
        auto writer = Database::open(path);
        writer.exec("CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1);");
        const auto count = [&reader] {
            auto q = reader.prepareCached("SELECT count(*) FROM t");
            q.step();
            return q.getInt(0);
        };
        {
            const ReadSnapshot snapshot(reader);
            QCOMPARE(count(), 1);
            writer.exec("INSERT INTO t VALUES (2)");
            QCOMPARE(count(), 1);
        }
        QCOMPARE(count(), 2);
    }

    // The pool lends the connection to the next request, which may write: the snapshot
    // must end even when a statement inside it failed.
    void readSnapshotEndsWhenAStatementFails() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        db.exec("CREATE TABLE t(v INTEGER)");
        try {
            const ReadSnapshot snapshot(db);
            QVERIFY(!sqlite3_get_autocommit(db.handle()));
            db.prepare("SELECT nothing FROM t");
            QFAIL("bad SQL was prepared");
        } catch (const survey::storage::DbError&) {
        }
        QVERIFY(sqlite3_get_autocommit(db.handle()));
        survey::storage::Transaction tx(db);
        db.exec("INSERT INTO t VALUES (1)");
        tx.commit();
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
