// SPDX-License-Identifier: Apache-2.0
// The fix policy: accepted, stale, inaccurate or none, decided at the project's limits.
#include "position/fix_policy.h"

#include <QTest>
#include <limits>

using survey::device::Fix;
using survey::device::FixStatus;
using survey::device::judgeFix;
using survey::device::ProjectInfo;

Q_DECLARE_METATYPE(FixStatus)

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 12), QTime(2, 31, 0), Qt::UTC);
constexpr double kNoAccuracy = -1; // the column's way of saying "the source gave none"
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

class TestPositionPolicy : public QObject {
    Q_OBJECT
  private slots:
    void judgesAtTheLimits_data();
    void judgesAtTheLimits();
    void noFixIsNone_data();
    void noFixIsNone();
};

void TestPositionPolicy::judgesAtTheLimits_data() {
    QTest::addColumn<double>("accuracyM");
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<double>("maxAccuracyM");
    QTest::addColumn<int>("maxAgeS");
    QTest::addColumn<FixStatus>("status");
    QTest::addColumn<qint64>("ageS");

    const auto A = FixStatus::Accepted, S = FixStatus::Stale, I = FixStatus::Inaccurate;
    // clang-format off
    QTest::newRow("good city fix")          << 8.2   << 3'000LL  << 15.0 << 60 << A << 3LL;
    QTest::newRow("exactly max accuracy")   << 15.0  << 0LL      << 15.0 << 60 << A << 0LL;
    QTest::newRow("just over accuracy")     << 15.01 << 0LL      << 15.0 << 60 << I << 0LL;
    QTest::newRow("HDOP 8 canyon")          << 81.6  << 1'000LL  << 15.0 << 60 << I << 1LL;
    QTest::newRow("accuracy unknown")       << kNoAccuracy << 0LL << 15.0 << 60 << I << 0LL;
    QTest::newRow("accuracy NaN")           << kNaN  << 0LL      << 15.0 << 60 << I << 0LL;
    QTest::newRow("exactly max age")        << 5.0   << 60'000LL << 15.0 << 60 << A << 60LL;
    QTest::newRow("max age, 999 ms more")   << 5.0   << 60'999LL << 15.0 << 60 << A << 60LL;
    QTest::newRow("one second too old")     << 5.0   << 61'000LL << 15.0 << 60 << S << 61LL;
    QTest::newRow("stale before inaccurate") << 81.6 << 61'000LL << 15.0 << 60 << S << 61LL;
    QTest::newRow("receiver clock ahead")   << 5.0   << -2'000LL << 15.0 << 60 << A << 0LL;
    QTest::newRow("looser project")         << 25.0  << 90'000LL << 30.0 << 120 << A << 90LL;
    QTest::newRow("stricter project")       << 8.2   << 3'000LL  << 5.0  << 60 << I << 3LL;
    QTest::newRow("max age zero")           << 5.0   << 1'000LL  << 15.0 << 0  << S << 1LL;
    // clang-format on
}

void TestPositionPolicy::judgesAtTheLimits() {
    QFETCH(double, accuracyM);
    QFETCH(qint64, ageMs);
    QFETCH(double, maxAccuracyM);
    QFETCH(int, maxAgeS);
    QFETCH(FixStatus, status);
    QFETCH(qint64, ageS);

    ProjectInfo project;
    project.gpsMaxAccuracyM = maxAccuracyM;
    project.gpsMaxAgeS = maxAgeS;
    Fix fix{28.195012, 112.976431, std::nullopt, kNow.addMSecs(-ageMs)};
    if (accuracyM != kNoAccuracy)
        fix.horizontalAccuracyM = accuracyM;

    const auto verdict = judgeFix(fix, kNow, project);
    QCOMPARE(verdict.status, status);
    QCOMPARE(verdict.ageS, std::optional<qint64>(ageS));
    // The figure shown is the source's, or none at all when it gave nothing usable.
    if (accuracyM >= 0)
        QCOMPARE(verdict.accuracyM, std::optional<double>(accuracyM));
    else
        QVERIFY(!verdict.accuracyM);
}

void TestPositionPolicy::noFixIsNone_data() {
    QTest::addColumn<bool>("present");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<bool>("timed");

    QTest::newRow("no fix yet") << false << 28.2 << 113.0 << true;
    QTest::newRow("no time") << true << 28.2 << 113.0 << false;
    QTest::newRow("latitude NaN") << true << kNaN << 113.0 << true;
    QTest::newRow("latitude beyond the pole") << true << 90.5 << 113.0 << true;
    QTest::newRow("longitude beyond 180") << true << 28.2 << 180.5 << true;
}

void TestPositionPolicy::noFixIsNone() {
    QFETCH(bool, present);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(bool, timed);

    std::optional<Fix> fix;
    if (present)
        fix = Fix{latitude, longitude, 5.0, timed ? kNow : QDateTime()};
    const auto verdict = judgeFix(fix, kNow, ProjectInfo{});
    QCOMPARE(verdict.status, FixStatus::None);
    QVERIFY(!verdict.ageS);
    QVERIFY(!verdict.accuracyM);
}

QTEST_GUILESS_MAIN(TestPositionPolicy)
#include "test_position_policy.moc"
