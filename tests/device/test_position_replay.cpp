// SPDX-License-Identifier: Apache-2.0
// Recorded NMEA logs replayed through QNmeaPositionInfoSource at their recorded pace, as the
// app does with SURVEY_NMEA_LOG, and judged live by the fix policy. The logs (GNRMC + GNGGA
// at 1 Hz, a street of old houses in Changsha):
//   city_walk_good_fix.nmea          8 fixes, 15-17 satellites, HDOP 0.8-1.1
//   lane_fix_degrades_to_hdop8.nmea  8 fixes walking into a lane, HDOP 0.9 → 8.0
//   fix_lost_then_log_stops.nmea     4 good fixes, 2 epochs without a fix, then nothing
// Accuracy is 2 × HDOP × UERE (see nmea_replay.h).
#include "position/fix_policy.h"
#include "position/nmea_replay.h"
#include "position/position_service.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using survey::device::Fix;
using survey::device::FixStatus;
using survey::device::judgeFix;
using survey::device::kNmeaUereM;
using survey::device::PositionService;
using survey::device::ProjectInfo;

namespace {

QString logPath(const char* name) {
    return qEnvironmentVariable("SURVEY_TEST_DATA") + u'/' + QLatin1String(name);
}

// Follows a replay as the badge does: every fix as it arrives, and the verdict re-judged
// every 50 ms, keeping each change of verdict.
struct Replay {
    PositionService service;
    ProjectInfo project;
    QList<Fix> fixes;
    QList<FixStatus> verdicts;
    QTimer tick;

    Replay(const char* log, int maxAgeS) : service(logPath(log)) {
        project.gpsMaxAgeS = maxAgeS;
        QObject::connect(&service, &PositionService::fixChanged, [this] {
            fixes.append(*service.lastFix());
            judge();
        });
        QObject::connect(&tick, &QTimer::timeout, [this] { judge(); });
        tick.start(50);
        service.start();
    }
    void judge() {
        const auto status =
            judgeFix(service.lastFix(), QDateTime::currentDateTimeUtc(), project).status;
        if (verdicts.isEmpty() || verdicts.last() != status)
            verdicts.append(status);
    }
};

} // namespace

class TestPositionReplay : public QObject {
    Q_OBJECT
  private slots:
    void goodCityFixIsAcceptedThroughout();
    void degradingFixTurnsInaccurateThenStale();
    void logThatStopsGoesStale();
    void unreadableLogIsAProblem();
};

void TestPositionReplay::goodCityFixIsAcceptedThroughout() {
    Replay replay("city_walk_good_fix.nmea", 60);
    QTRY_COMPARE_WITH_TIMEOUT(replay.fixes.size(), 8, 15'000);
    QCOMPARE(replay.verdicts, QList<FixStatus>{FixStatus::Accepted});
    const Fix& first = replay.fixes.first();
    QCOMPARE(qRound(first.latitude * 1e4), 281950);
    QCOMPARE(qRound(first.longitude * 1e4), 1129764);
    // Replayed fixes are as old as their replay, not as old as the recording (2026-11-12).
    QVERIFY(qAbs(first.time.msecsTo(QDateTime::currentDateTimeUtc())) < 10'000);
    // The recording's 1 Hz pace is kept (coarse timers may fire up to 5 % early).
    for (qsizetype i = 1; i < replay.fixes.size(); ++i)
        QVERIFY(replay.fixes[i - 1].time.msecsTo(replay.fixes[i].time) >= 950);
    const QList<double> hdops{0.8, 0.9, 0.9, 1.0, 0.8, 1.1, 0.9, 0.8};
    for (qsizetype i = 0; i < hdops.size(); ++i)
        QCOMPARE(*replay.fixes[i].horizontalAccuracyM, 2 * hdops[i] * kNmeaUereM);
}

void TestPositionReplay::degradingFixTurnsInaccurateThenStale() {
    Replay replay("lane_fix_degrades_to_hdop8.nmea", 2);
    QTRY_COMPARE_WITH_TIMEOUT(replay.fixes.size(), 8, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(replay.verdicts.size(), 3, 5'000);
    QCOMPARE(replay.verdicts,
             (QList<FixStatus>{FixStatus::Accepted, FixStatus::Inaccurate, FixStatus::Stale}));
    // HDOP 1.2 (12.24 m) was the last accepted, HDOP 1.6 (16.32 m) the first refused.
    QCOMPARE(*replay.fixes[2].horizontalAccuracyM, 2 * 1.2 * kNmeaUereM);
    QCOMPARE(*replay.fixes[3].horizontalAccuracyM, 2 * 1.6 * kNmeaUereM);
    QCOMPARE(*replay.fixes.last().horizontalAccuracyM, 2 * 8.0 * kNmeaUereM);
}

void TestPositionReplay::logThatStopsGoesStale() {
    Replay replay("fix_lost_then_log_stops.nmea", 2);
    // Qt 6.4's simulation reader takes an epoch's fix flag from the first sentence of the
    // next epoch, so the last good fix before the loss (RMC status V) is dropped: 3 of 4.
    QTRY_COMPARE_WITH_TIMEOUT(replay.fixes.size(), 3, 10'000);
    QElapsedTimer sinceLastFix;
    sinceLastFix.start();
    QTRY_COMPARE_WITH_TIMEOUT(replay.verdicts.size(), 2, 6'000);
    QCOMPARE(replay.verdicts, (QList<FixStatus>{FixStatus::Accepted, FixStatus::Stale}));
    // Stale once the last fix is more than 2 whole seconds old (3 s after it came), not before.
    QVERIFY2(sinceLastFix.elapsed() >= 2'500, qPrintable(QString::number(sinceLastFix.elapsed())));
    // The epochs without a fix (RMC status V, GGA quality 0) never reach the app.
    QTest::qWait(2'500);
    QCOMPARE(replay.fixes.size(), 3);
}

void TestPositionReplay::unreadableLogIsAProblem() {
    PositionService service(logPath("no_such_log.nmea"));
    service.start();
    QCOMPARE(service.problem(), PositionService::Problem::LogUnreadable);
    QVERIFY(!service.running());
    QVERIFY(!service.lastFix());
}

QTEST_GUILESS_MAIN(TestPositionReplay)
#include "test_position_replay.moc"
