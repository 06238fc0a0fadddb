// SPDX-License-Identifier: Apache-2.0
// The SQLite wrapper: process-wide settings and statements kept prepared per connection.
#include "survey/storage/database.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>
#include <vector>

using survey::storage::Database;

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
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
