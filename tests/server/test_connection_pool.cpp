// SPDX-License-Identifier: Apache-2.0
// The server's SQLite connections: the ready ones are opened before the first request, so a
// burst of requests takes them without opening any; beyond them, one is opened for each
// worker busy at once, and every connection returned is used again.
#include "storage/connection_pool.h"

#include <QTemporaryDir>
#include <QtTest>

using survey::server::ConnectionPool;

class TestConnectionPool : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    int opened_ = 0;

    ConnectionPool::Opener opener() {
        return [this] {
            ++opened_;
            return survey::storage::Database::open(dir_.filePath("pool.db").toStdString());
        };
    }

  private slots:
    void readyConnectionsAreOpenedBeforeTheFirstLease() {
        QVERIFY(dir_.isValid());
        opened_ = 0;
        ConnectionPool pool(opener(), 3);
        QCOMPARE(opened_, 3);
        {
            auto first = pool.acquire();
            auto second = pool.acquire();
            auto third = pool.acquire();
            QCOMPARE(opened_, 3);
            // Each lease is a connection of its own.
            QVERIFY(&*first != &*second && &*second != &*third && &*first != &*third);
        }
        auto again = pool.acquire();
        QCOMPARE(opened_, 3);
    }

    void moreAreOpenedWhenMoreAreBusyAndThenKept() {
        opened_ = 0;
        ConnectionPool pool(opener(), 1);
        {
            auto first = pool.acquire();
            auto second = pool.acquire();
            QCOMPARE(opened_, 2);
        }
        {
            auto first = pool.acquire();
            auto second = pool.acquire();
            QCOMPARE(opened_, 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionPool)
#include "test_connection_pool.moc"
