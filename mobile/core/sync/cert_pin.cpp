// SPDX-License-Identifier: Apache-2.0
#include "sync/cert_pin.h"

#include <QCryptographicHash>

namespace survey::device {

QString normalizePin(const QString& pin) {
    QString out;
    for (QChar c : pin) {
        if (c == u':' || c.isSpace())
            continue;
        const QChar lower = c.toLower();
        if (!((lower >= u'0' && lower <= u'9') || (lower >= u'a' && lower <= u'f')))
            return {};
        out.append(lower);
    }
    return out.size() == 64 ? out : QString();
}

QString certificatePin(const QSslCertificate& certificate) {
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool pinMatches(const QSslCertificate& certificate, const QString& pin) {
    const QString expected = normalizePin(pin);
    return !expected.isEmpty() && certificatePin(certificate) == expected;
}

} // namespace survey::device
