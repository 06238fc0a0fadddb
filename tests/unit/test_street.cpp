// SPDX-License-Identifier: Apache-2.0
// The street a household is grouped by, derived from its 坐落 address the same way on
// the tablet and the server.
#include "survey/households/street.h"

#include <QtTest>

using survey::households::streetOf;

class TestStreet : public QObject {
    Q_OBJECT
  private slots:
    void streetOfAddress_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("street");
        QTest::newRow("lane") << "解放巷7号"
                              << "解放巷";
        QTest::newRow("full-width digits") << "幸福路１２号"
                                           << "幸福路";
        QTest::newRow("spaces trimmed") << "  建设路 3号"
                                        << "建设路";
        QTest::newRow("no number") << "城东村"
                                   << "城东村";
        QTest::newRow("number first") << "12号"
                                      << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("ascii") << "Renmin Rd 5"
                               << "Renmin Rd";
    }
    void streetOfAddress() {
        QFETCH(QString, address);
        QFETCH(QString, street);
        QCOMPARE(QString::fromStdString(streetOf(address.toStdString())), street);
    }
};

QTEST_APPLESS_MAIN(TestStreet)
#include "test_street.moc"
