// SPDX-License-Identifier: Apache-2.0
// The SQLite wrapper's process-wide settings.
#include "survey/storage/database.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

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
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
