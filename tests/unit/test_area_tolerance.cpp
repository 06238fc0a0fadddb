// SPDX-License-Identifier: Apache-2.0
// Certificate vs measured area, GB/T 17986 grades (domain.md §5). Tolerances in 0.01 m²,
// worked out by hand: grade g at S m² is a·√S + b·S m², times 100.
#include "survey/measure/area_tolerance.h"

#include <QtTest>
#include <stdexcept>

using namespace survey::measure;

class TestAreaTolerance : public QObject {
    Q_OBJECT

  private slots:
    void compare_data();
    void compare();
    void invalid_data();
    void invalid();
};

void TestAreaTolerance::compare_data() {
    QTest::addColumn<int>("grade");
    QTest::addColumn<qint64>("cert");
    QTest::addColumn<qint64>("measured");
    QTest::addColumn<qint64>("difference");
    QTest::addColumn<qint64>("tolerance");
    QTest::addColumn<bool>("flagged");
    const auto row = [](const char* name, int grade, qint64 cert, qint64 measured, qint64 diff,
                        qint64 tol, bool flagged) {
        QTest::newRow(name) << grade << cert << measured << diff << tol << flagged;
    };

    // S = 100 m²: grade 2 = 0.02·10 + 0.001·100 = 0.30 m² = 30 dm².
    row("g2 100 +30", 2, 10'000, 10'030, 30, 30, false);
    row("g2 100 +31", 2, 10'000, 10'031, 31, 30, true);
    row("g2 100 -30", 2, 10'000, 9'970, -30, 30, false);
    row("g2 100 -31", 2, 10'000, 9'969, -31, 30, true);
    // S = 100 m²: grade 1 = 0.01·10 + 0.0003·100 = 0.13 m²; grade 3 = 0.4 + 0.3 = 0.70 m².
    row("g1 100 +13", 1, 10'000, 10'013, 13, 13, false);
    row("g1 100 +14", 1, 10'000, 10'014, 14, 13, true);
    row("g3 100 -70", 3, 10'000, 9'930, -70, 70, false);
    row("g3 100 -71", 3, 10'000, 9'929, -71, 70, true);
    // S = 50 m²: grade 2 = 0.02·7.0710678 + 0.05 = 0.1914214 m² → 19.14 dm², rounded down 19.
    row("g2 50 +19", 2, 5'000, 5'019, 19, 19, false);
    row("g2 50 +20", 2, 5'000, 5'020, 20, 19, true);
    // S = 10,000 m²: grade 1 = 0.01·100 + 0.0003·10,000 = 4 m² exactly; in double arithmetic
    // 0.0003·10000 is 2.9999999999999996 and a 400 dm² difference would be flagged.
    row("g1 10000 +400", 1, 1'000'000, 1'000'400, 400, 400, false);
    row("g1 10000 +401", 1, 1'000'000, 1'000'401, 401, 400, true);
    // S = 900 m²: grade 1 = 0.01·30 + 0.27 = 0.57 m² exactly (double gives 56.999… dm²).
    row("g1 900 +57", 1, 90'000, 90'057, 57, 57, false);
    row("g1 900 +58", 1, 90'000, 90'058, 58, 57, true);
    // S = 0: no tolerance at all.
    row("zero same", 2, 0, 0, 0, 0, false);
    row("zero +1", 2, 0, 1, 1, 0, true);
    // S = 10^9 m²: grade 3 = 0.04·31622.7766 + 3,000,000 = 3,001,264.911 m² → 300,126,491 dm².
    row("largest", 3, 100'000'000'000, 100'000'000'000, 0, 300'126'491, false);
}

void TestAreaTolerance::compare() {
    QFETCH(int, grade);
    QFETCH(qint64, cert);
    QFETCH(qint64, measured);
    QFETCH(qint64, difference);
    QFETCH(qint64, tolerance);
    QFETCH(bool, flagged);

    const AreaDifference d = compareCertifiedArea(grade, cert, measured);
    QCOMPARE(d.differenceDm2, difference);
    QCOMPARE(d.toleranceDm2, tolerance);
    QCOMPARE(d.flagged, flagged);
}

void TestAreaTolerance::invalid_data() {
    QTest::addColumn<int>("grade");
    QTest::addColumn<qint64>("cert");
    QTest::addColumn<qint64>("measured");

    QTest::newRow("grade 0") << 0 << qint64{10'000} << qint64{10'000};
    QTest::newRow("grade 4") << 4 << qint64{10'000} << qint64{10'000};
    QTest::newRow("negative cert") << 2 << qint64{-1} << qint64{10'000};
    QTest::newRow("negative measured") << 2 << qint64{10'000} << qint64{-1};
    QTest::newRow("cert too large") << 2 << qint64{100'000'000'001} << qint64{10'000};
}

void TestAreaTolerance::invalid() {
    QFETCH(int, grade);
    QFETCH(qint64, cert);
    QFETCH(qint64, measured);

    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, compareCertifiedArea(grade, cert, measured));
}

QTEST_APPLESS_MAIN(TestAreaTolerance)
#include "test_area_tolerance.moc"
