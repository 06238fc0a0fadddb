// SPDX-License-Identifier: Apache-2.0
// The server's checkpointer: commits of a watched connection wake a thread that copies the
// write-ahead log into the database, below the size at which SQLite would do it itself.
#include "storage/data_directory.h"
#include "storage/wal_checkpointer.h"

#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <filesystem>
#include <thread>

using survey::server::DataDirectory;
using survey::server::WalCheckpointer;
using survey::storage::Database;

namespace {
constexpr int kTransactions = 6;
constexpr int kRowsPerTransaction = 1000;

// About 6,000 log pages of 4 KB: past the checkpointer's wake-up, short of the 16,384
// pages at which the connection's own automatic checkpoint would copy them.
void writeRows(Database& db) {
    db.exec("CREATE TABLE IF NOT EXISTS filler(x BLOB)");
    for (int t = 0; t < kTransactions; ++t)
        db.exec("BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                std::to_string(kRowsPerTransaction) +
                ") INSERT INTO filler SELECT randomblob(4000) FROM n; COMMIT;");
}

std::int64_t rowCount(Database& db) {
    auto count = db.prepare("SELECT count(*) FROM filler");
    return count.step() ? count.getInt(0) : -1;
}

/// A data directory with the checkpointer running and one connection that writes.
struct Writer {
    explicit Writer(bool watched) {
        if (watched)
            checkpointer.watch(db);
    }
    QTemporaryDir tmp;
    DataDirectory dir{tmp.path().toStdString()};
    WalCheckpointer checkpointer{dir};
    Database db = dir.connect();
};

std::uintmax_t databaseBytesAfter(const DataDirectory& dir, std::chrono::seconds wait) {
    const auto until = std::chrono::steady_clock::now() + wait;
    std::uintmax_t bytes = 0;
    do {
        bytes = std::filesystem::file_size(dir.databasePath());
        if (bytes > 20'000'000)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    } while (std::chrono::steady_clock::now() < until);
    return bytes;
}
} // namespace

class TestWalCheckpointer : public QObject {
    Q_OBJECT

  private slots:
    void theThreadCopiesTheLogIntoTheDatabase() {
        Writer w(true);
        writeRows(w.db);
        QVERIFY(databaseBytesAfter(w.dir, std::chrono::seconds(20)) > 20'000'000);

        auto check = w.db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.getText(0), std::string("ok"));
        QCOMPARE(rowCount(w.db), std::int64_t{kTransactions * kRowsPerTransaction});
    }

    // The same writes on a connection nobody watches stay in the log: what the first test
    // sees is the thread's work, not SQLite's own checkpoint.
    void anUnwatchedConnectionLeavesThemInTheLog() {
        Writer w(false);
        writeRows(w.db);
        QVERIFY(databaseBytesAfter(w.dir, std::chrono::seconds(1)) < 1'000'000);
    }

    // A reader holding a snapshot does not stop the writer nor break the database; the
    // checkpoint copies what the reader does not need and the rest later.
    void aReaderDoesNotStopTheWriter() {
        Writer w(true);
        w.db.exec("CREATE TABLE filler(x BLOB); INSERT INTO filler VALUES (1);");
        auto reader = w.dir.connect();
        reader.exec("BEGIN");
        auto seen = reader.prepare("SELECT count(*) FROM filler");
        QVERIFY(seen.step());
        QCOMPARE(seen.getInt(0), std::int64_t{1});
        writeRows(w.db);
        seen.reset();
        QVERIFY(seen.step());
        QCOMPARE(seen.getInt(0), std::int64_t{1});
        seen.reset();
        reader.exec("COMMIT");
        QCOMPARE(rowCount(w.db), std::int64_t{1 + kTransactions * kRowsPerTransaction});
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "test_wal_checkpointer.moc"
