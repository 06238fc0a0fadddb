// SPDX-License-Identifier: Apache-2.0
// When the tablet syncs without being asked.
#include "sync/background_sync.h"

#include <QTest>

using survey::device::BackgroundSyncState;
using survey::device::kQuietTicks;
using survey::device::shouldSyncInBackground;

class TestBackgroundSync : public QObject {
    Q_OBJECT
  private slots:
    void decision_data() {
        QTest::addColumn<bool>("loggedIn");
        QTest::addColumn<bool>("projectOpen");
        QTest::addColumn<bool>("syncing");
        QTest::addColumn<int>("changes");
        QTest::addColumn<int>("photos");
        QTest::addColumn<int>("ticks");
        QTest::addColumn<bool>("sync");
        QTest::newRow("changes wait") << true << true << false << 3 << 0 << 0 << true;
        QTest::newRow("photos wait") << true << true << false << 0 << 2 << 0 << true;
        QTest::newRow("quiet, too soon")
            << true << true << false << 0 << 0 << kQuietTicks - 1 << false;
        QTest::newRow("quiet, time to pull")
            << true << true << false << 0 << 0 << kQuietTicks << true;
        QTest::newRow("not logged in") << false << true << false << 3 << 2 << 99 << false;
        QTest::newRow("no project") << true << false << false << 3 << 2 << 99 << false;
        QTest::newRow("already syncing") << true << true << true << 3 << 2 << 99 << false;
    }
    void decision() {
        QFETCH(bool, loggedIn);
        QFETCH(bool, projectOpen);
        QFETCH(bool, syncing);
        QFETCH(int, changes);
        QFETCH(int, photos);
        QFETCH(int, ticks);
        QFETCH(bool, sync);
        QCOMPARE(shouldSyncInBackground({loggedIn, projectOpen, syncing, changes, photos, ticks}),
                 sync);
    }
};

QTEST_APPLESS_MAIN(TestBackgroundSync)
#include "test_background_sync.moc"
