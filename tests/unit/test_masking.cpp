// SPDX-License-Identifier: Apache-2.0
// Masking of ID numbers and phones for anything a non-household person sees (domain.md §8).
#include "survey/privacy/masking.h"

#include <QtTest>

using namespace survey::privacy;

class TestMasking : public QObject {
    Q_OBJECT

  private slots:
    void idNumber_data();
    void idNumber();
    void phone_data();
    void phone();
};

void TestMasking::idNumber_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");

    QTest::newRow("18") << "110101199003071234"
                        << "110101********1234";
    QTest::newRow("18 with X") << "11010519491231002X"
                               << "110105********002X";
    QTest::newRow("15 (old format)") << "110105491231002"
                                     << "*************02";
    QTest::newRow("3") << "123"
                       << "*23";
    QTest::newRow("2: never shown whole") << "12"
                                          << "**";
    QTest::newRow("empty") << ""
                           << "";
    // Full-width digits are 3 bytes each in UTF-8 and are masked as one character.
    QTest::newRow("full-width 18") << "１１０１０１１９９００３０７１２３４"
                                   << "１１０１０１********１２３４";
}

void TestMasking::idNumber() {
    QFETCH(QString, input);
    QFETCH(QString, masked);

    QCOMPARE(QString::fromStdString(maskIdNumber(input.toStdString())), masked);
}

void TestMasking::phone_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");

    QTest::newRow("mobile") << "13812345678"
                            << "1381234****";
    QTest::newRow("landline") << "010-12345678"
                              << "010*********";
    QTest::newRow("+86 mobile") << "+8613812345678"
                                << "+86***********";
    QTest::newRow("4") << "1234"
                       << "123*";
    QTest::newRow("3: never shown whole") << "123"
                                          << "***";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("full-width mobile") << "１３８１２３４５６７８"
                                       << "１３８１２３４****";
}

void TestMasking::phone() {
    QFETCH(QString, input);
    QFETCH(QString, masked);

    QCOMPARE(QString::fromStdString(maskPhone(input.toStdString())), masked);
}

QTEST_APPLESS_MAIN(TestMasking)
#include "test_masking.moc"
