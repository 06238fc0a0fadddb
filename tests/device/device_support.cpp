// SPDX-License-Identifier: Apache-2.0
#include "device_support.h"

#include <QFile>
#include <QProcess>

namespace survey::device::test {

TempStore::TempStore() {
    store = std::make_unique<LocalStore>(path());
    ProjectInfo p;
    p.id = QStringLiteral("p1");
    p.code = QStringLiteral("DJB");
    p.name = QStringLiteral("测试项目");
    store->upsertProject(p);
}

void TempStore::reopen() {
    store.reset();
    store = std::make_unique<LocalStore>(path());
}

int TempStore::outboxRows() {
    auto q = store->db().prepare("SELECT count(*) FROM outbox");
    return q.step() ? static_cast<int>(q.getInt(0)) : -1;
}

int TempStore::rows(const char* table) {
    auto q = store->db().prepare(std::string("SELECT count(*) FROM ") + table);
    return q.step() ? static_cast<int>(q.getInt(0)) : -1;
}

TestCertificate makeSelfSignedCertificate(const QString& dir) {
    const QString certPath = dir + QStringLiteral("/cert.pem");
    const QString keyPath = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    TestCertificate out;
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
        return out;
    QFile cert(certPath), key(keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return out;
    const auto certs = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    if (!certs.isEmpty())
        out.certificate = certs.first();
    out.key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    return out;
}

} // namespace survey::device::test
