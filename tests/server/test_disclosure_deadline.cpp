// SPDX-License-Identifier: Apache-2.0
// The 20-working-day disclosure deadline (domain.md §3 step 4) over a project calendar of
// holidays and adjusted working days (调休).
#include "notices/disclosure_deadline.h"

#include <QtTest>

using survey::server::notices::disclosureDueOn;
using survey::server::notices::isOverdue;
using survey::server::notices::WorkCalendar;

namespace {
WorkCalendar calendar(const QStringList& holidays, const QStringList& workdays) {
    WorkCalendar c;
    for (const auto& d : holidays)
        c.exceptions[d.toStdString()] = false;
    for (const auto& d : workdays)
        c.exceptions[d.toStdString()] = true;
    return c;
}
} // namespace

class TestDisclosureDeadline : public QObject {
    Q_OBJECT

  private slots:
    void dueOn_data() {
        QTest::addColumn<QString>("formedOn");
        QTest::addColumn<QStringList>("holidays");
        QTest::addColumn<QStringList>("workdays");
        QTest::addColumn<QString>("due");
        // Monday: the forming day does not count, four whole weeks follow.
        QTest::newRow("monday") << "2026-11-23" << QStringList{} << QStringList{} << "2026-12-21";
        QTest::newRow("friday skips the weekend")
            << "2026-11-27" << QStringList{} << QStringList{} << "2026-12-25";
        QTest::newRow("formed on a saturday")
            << "2026-11-28" << QStringList{} << QStringList{} << "2026-12-25";
        QTest::newRow("a holiday adds a day")
            << "2026-11-23" << QStringList{"2026-12-01"} << QStringList{} << "2026-12-22";
        QTest::newRow("an adjusted saturday counts")
            << "2026-11-23" << QStringList{} << QStringList{"2026-12-05"} << "2026-12-18";
        QTest::newRow("year end with new year's day")
            << "2026-12-21" << QStringList{"2027-01-01"} << QStringList{} << "2027-01-19";
        QTest::newRow("national day week and its adjusted saturday")
            << "2026-09-30" << QStringList{"2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04",
                                           "2026-10-05", "2026-10-06", "2026-10-07"}
            << QStringList{"2026-10-10"} << "2026-11-03";
        QTest::newRow("a listed weekday holiday on a weekend changes nothing")
            << "2026-11-23" << QStringList{"2026-11-28"} << QStringList{} << "2026-12-21";
    }

    void dueOn() {
        QFETCH(QString, formedOn);
        QFETCH(QStringList, holidays);
        QFETCH(QStringList, workdays);
        QFETCH(QString, due);
        const auto got = disclosureDueOn(calendar(holidays, workdays), formedOn.toStdString());
        QVERIFY(got.has_value());
        QCOMPARE(QString::fromStdString(*got), due);
    }

    void badDatesHaveNoDeadline() {
        QVERIFY(!disclosureDueOn({}, "2026-02-30"));
        QVERIFY(!disclosureDueOn({}, "2026-1-5"));
        QVERIFY(!disclosureDueOn({}, ""));
    }

    void overdue_data() {
        QTest::addColumn<QString>("due");
        QTest::addColumn<QString>("disclosed");
        QTest::addColumn<QString>("today");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("not yet due") << "2026-12-21"
                                     << ""
                                     << "2026-12-21" << false;
        QTest::newRow("due passed, nothing posted") << "2026-12-21"
                                                    << ""
                                                    << "2026-12-22" << true;
        QTest::newRow("posted on the last day") << "2026-12-21"
                                                << "2026-12-21"
                                                << "2027-03-01" << false;
        QTest::newRow("posted late") << "2026-12-21"
                                     << "2026-12-22"
                                     << "2026-12-22" << true;
    }

    void overdue() {
        QFETCH(QString, due);
        QFETCH(QString, disclosed);
        QFETCH(QString, today);
        QFETCH(bool, overdue);
        QCOMPARE(isOverdue(due.toStdString(), disclosed.toStdString(), today.toStdString()),
                 overdue);
    }
};

QTEST_APPLESS_MAIN(TestDisclosureDeadline)
#include "test_disclosure_deadline.moc"
