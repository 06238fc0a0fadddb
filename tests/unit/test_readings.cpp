// SPDX-License-Identifier: Apache-2.0
// Twice-measured lengths (domain.md §5): mean half-up, tolerance 20 mm + 0.0005 × length.
#include "survey/measure/readings.h"

#include <QtTest>
#include <stdexcept>

using namespace survey::measure;

class TestReadings : public QObject {
    Q_OBJECT

  private slots:
    void check_data();
    void check();
    void outOfRange_data();
    void outOfRange();
};

void TestReadings::check_data() {
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("second");
    QTest::addColumn<qint64>("mean");
    QTest::addColumn<qint64>("difference");
    QTest::addColumn<qint64>("tolerance");
    QTest::addColumn<bool>("remeasure");
    const auto row = [](const char* name, qint64 a, qint64 b, qint64 mean, qint64 diff, qint64 tol,
                        bool remeasure) {
        QTest::newRow(name) << a << b << mean << diff << tol << remeasure;
    };

    row("equal", 5000, 5000, 5000, 0, 22, false);            // tolerance 22.5
    row("1000.5 rounds up", 1000, 1001, 1001, 1, 20, false); // tolerance 20.50025
    // Mean 5011 → tolerance 22.5055: 22 passes; mean 5011.5 → 22.50575: 23 does not.
    row("22 at 5011", 5000, 5022, 5011, 22, 22, false);
    row("23 at 5011.5", 5000, 5023, 5012, 23, 22, true);
    row("order does not matter", 5023, 5000, 5012, 23, 22, true);
    // Mean 1999.5 → tolerance 20.99975 < 21; the rounded mean 2000 would give exactly 21.
    row("21 at 1999.5", 2010, 1989, 2000, 21, 20, true);
    row("20 at 2000", 2010, 1990, 2000, 20, 21, false);   // tolerance 21
    row("21 at 2000.5", 2011, 1990, 2001, 21, 21, false); // tolerance 21.00025
    row("zero", 0, 0, 0, 0, 20, false);                   // tolerance 20
    row("20 at 10", 0, 20, 10, 20, 20, false);            // tolerance 20.005
    row("21 at 10.5", 0, 21, 11, 21, 20, true);           // tolerance 20.00525
    // 1 km: mean 999,740 → tolerance 519.87: 520 fails; mean 999,740.5 → 519.87025: 519 passes.
    row("520 at 1 km", 1'000'000, 999'480, 999'740, 520, 519, true);
    row("519 at 1 km", 1'000'000, 999'481, 999'741, 519, 519, false);
    row("1 km equal", 1'000'000, 1'000'000, 1'000'000, 0, 520, false); // tolerance 520
}

void TestReadings::check() {
    QFETCH(qint64, first);
    QFETCH(qint64, second);
    QFETCH(qint64, mean);
    QFETCH(qint64, difference);
    QFETCH(qint64, tolerance);
    QFETCH(bool, remeasure);

    const ReadingCheck r = checkTwoReadings(first, second);
    QCOMPARE(r.meanMm, mean);
    QCOMPARE(r.differenceMm, difference);
    QCOMPARE(r.toleranceMm, tolerance);
    QCOMPARE(r.remeasure, remeasure);
}

void TestReadings::outOfRange_data() {
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("second");

    QTest::newRow("negative first") << qint64{-1} << qint64{5000};
    QTest::newRow("negative second") << qint64{5000} << qint64{-1};
    QTest::newRow("above 1 km") << qint64{5000} << qint64{1'000'001};
}

void TestReadings::outOfRange() {
    QFETCH(qint64, first);
    QFETCH(qint64, second);

    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, checkTwoReadings(first, second));
}

QTEST_APPLESS_MAIN(TestReadings)
#include "test_readings.moc"
