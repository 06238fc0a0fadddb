// SPDX-License-Identifier: Apache-2.0
// GB 11643 ID numbers (domain.md §8). Check characters come from the test's own MOD 11-2
// helper, so that a wrong weight or table in the library cannot hide behind the fixtures.
#include "survey/identity/id_number.h"

#include <QDateTime>
#include <QtTest>
#include <stdexcept>

using namespace survey::identity;

Q_DECLARE_METATYPE(IdNumberError)

namespace {

// Appends the MOD 11-2 check character: Σ digit·2^(17−i) mod 11 indexes "10X98765432".
QString withCheck(const QString& first17) {
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * ((1 << (17 - i)) % 11);
    return first17 + QString("10X98765432")[sum % 11];
}

// A wrong check character for the same 17 digits.
QString withWrongCheck(const QString& first17) {
    const QString right = withCheck(first17);
    return first17 + (right.endsWith('0') ? '1' : '0');
}

} // namespace

class TestIdNumber : public QObject {
    Q_OBJECT

  private slots:
    void checkDigit();
    void validate_data();
    void validate();
    void today();
};

void TestIdNumber::checkDigit() {
    // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167;
    // 167 mod 11 = 2 → 'X' (the example of GB 11643 itself).
    QCOMPARE(idCheckDigit("11010519491231002"), 'X');
    // 1·7+1·9+0+1·5+0+1·4+1·2+9·1+9·6+0+0+3·9+0+7·5+4·8+4·4+7·2 = 214; 214 mod 11 = 5 → '7'.
    QCOMPARE(idCheckDigit("11010119900307447"), '7');
    QCOMPARE(withCheck("11010519491231002"), "11010519491231002X");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, idCheckDigit("1101051949123100"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, idCheckDigit("1101051949123100A"));
}

void TestIdNumber::validate_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<IdNumberError>("error");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("message");
    const auto ok = [](const char* name, const QString& id) {
        QTest::newRow(name) << id << IdNumberError::None << id.toUpper() << QString();
    };
    const auto bad = [](const char* name, const QString& id, IdNumberError e, const char* m) {
        QTest::newRow(name) << id << e << QString() << QString(m);
    };
    const char* badDate = "身份证号中的出生日期无效";
    const char* badRegion = "身份证号地区码无效";
    const char* badChars = "身份证号前17位应为数字，末位为数字或X";
    using E = IdNumberError;

    // Every row is checked against today = 2024-06-01.
    ok("GB 11643 example", "11010519491231002X");
    ok("lower-case x", "11010519491231002x");
    ok("digit check", "110101199003074477");
    ok("Feb 29 2000", withCheck("11010520000229001"));
    ok("Feb 29 2024", withCheck("44030020240229123"));
    ok("born today", withCheck("44030020240601123"));
    ok("1900-01-01", withCheck("11010519000101001"));
    ok("region 65", withCheck("65010119800101001"));
    ok("region 71", withCheck("71010119800101001"));
    ok("region 83", withCheck("83010119800101001"));
    ok("region 91", withCheck("91010119800101001"));

    bad("empty", "", E::Empty, "请填写身份证号");
    bad("17", "11010519491231002", E::Length, "身份证号应为18位");
    bad("19", "11010519491231002X0", E::Length, "身份证号应为18位");
    bad("15 (old format)", "110105491231002", E::Length, "身份证号应为18位");
    bad("letter Y at end", "11010519491231002Y", E::Characters, badChars);
    bad("X inside", "1101051949123100X2", E::Characters, badChars);
    bad("space", "11010519491231 02X", E::Characters, badChars);
    bad("region 99", withCheck("99010119800101001"), E::Region, badRegion);
    bad("region 10", withCheck("10010119800101001"), E::Region, badRegion);
    bad("region 16", withCheck("16010119800101001"), E::Region, badRegion);
    bad("region 72", withCheck("72010119800101001"), E::Region, badRegion);
    bad("region 84", withCheck("84010119800101001"), E::Region, badRegion);
    bad("Feb 29 1900", withCheck("11010519000229001"), E::BirthDate, badDate);
    bad("Feb 29 2023", withCheck("11010520230229001"), E::BirthDate, badDate);
    bad("Apr 31", withCheck("11010519800431001"), E::BirthDate, badDate);
    bad("month 13", withCheck("11010519801301001"), E::BirthDate, badDate);
    bad("day 00", withCheck("11010519800100001"), E::BirthDate, badDate);
    bad("1899-12-31", withCheck("11010518991231001"), E::BirthDate, badDate);
    bad("tomorrow", withCheck("44030020240602123"), E::BirthDate, "身份证号中的出生日期晚于今天");
    bad("wrong check", "110101199003074478", E::CheckDigit, "身份证号校验位错误，请核对");
    bad("wrong X", withWrongCheck("11010519491231002"), E::CheckDigit,
        "身份证号校验位错误，请核对");
    bad("X for digit", "11010119900307447X", E::CheckDigit, "身份证号校验位错误，请核对");
}

void TestIdNumber::validate() {
    QFETCH(QString, id);
    QFETCH(IdNumberError, error);
    QFETCH(QString, normalized);
    QFETCH(QString, message);

    const IdNumberCheck c = validateIdNumber(id.toStdString(), 20240601);
    QCOMPARE(c.valid, error == IdNumberError::None);
    QCOMPARE(int(c.error), int(error));
    QCOMPARE(QString::fromStdString(c.normalized), normalized);
    QCOMPARE(QString::fromStdString(c.message), message);
}

void TestIdNumber::today() {
    // China has no daylight saving time: local date = UTC + 8 h. Read the clock before and
    // after so that a run across midnight cannot fail.
    const auto china = [] {
        const QDate d = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
        return d.year() * 10000 + d.month() * 100 + d.day();
    };
    const int before = china();
    const int today = todayYyyymmdd();
    const int after = china();
    QVERIFY2(today == before || today == after, qPrintable(QString::number(today)));
}

QTEST_APPLESS_MAIN(TestIdNumber)
#include "test_id_number.moc"
