// SPDX-License-Identifier: Apache-2.0
// Certificate pin matching: the only thing that lets the tablet trust a self-signed server.
#include "device_support.h"
#include "sync/cert_pin.h"

#include <QCryptographicHash>
#include <QTest>

using namespace survey::device;

class TestCertPin : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void normalizesPrintedForms_data();
    void normalizesPrintedForms();
    void matchesOnlyTheSameCertificate();

  private:
    QTemporaryDir dir_;
    test::TestCertificate cert_, other_;
};

void TestCertPin::initTestCase() {
    QVERIFY(dir_.isValid());
    QDir(dir_.path()).mkdir(QStringLiteral("a"));
    QDir(dir_.path()).mkdir(QStringLiteral("b"));
    cert_ = test::makeSelfSignedCertificate(dir_.filePath(QStringLiteral("a")));
    other_ = test::makeSelfSignedCertificate(dir_.filePath(QStringLiteral("b")));
    QVERIFY2(cert_.ok() && other_.ok(), "the openssl tool could not make test certificates");
}

void TestCertPin::normalizesPrintedForms_data() {
    const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower") << hex << hex;
    QTest::newRow("upper") << hex.toUpper() << hex;
    QTest::newRow("openssl colons") << colons << hex;
    QTest::newRow("spaces around") << QStringLiteral("  ") + hex + QStringLiteral("\n") << hex;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("too short") << hex.left(62) << QString();
    QTest::newRow("not hex") << hex.left(63) + QStringLiteral("g") << QString();
    QTest::newRow("sha1 length") << hex.left(40) << QString();
}

void TestCertPin::normalizesPrintedForms() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizePin(input), expected);
}

void TestCertPin::matchesOnlyTheSameCertificate() {
    const QString pin = certificatePin(cert_.certificate);
    QCOMPARE(pin, QString::fromLatin1(QCryptographicHash::hash(cert_.certificate.toDer(),
                                                               QCryptographicHash::Sha256)
                                          .toHex()));
    QVERIFY(pinMatches(cert_.certificate, pin));
    QVERIFY(pinMatches(cert_.certificate, pin.toUpper()));
    QVERIFY(!pinMatches(other_.certificate, pin));
    QVERIFY(!pinMatches(cert_.certificate, QString()));
    QVERIFY(!pinMatches(QSslCertificate(), pin));
    QVERIFY(!pinMatches(cert_.certificate, pin.left(32)));
}

QTEST_GUILESS_MAIN(TestCertPin)
#include "test_cert_pin.moc"
