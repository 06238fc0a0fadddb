// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSslCertificate>
#include <QString>

namespace survey::device {

/// A pin as compared: 64 lower-case hex digits. Accepts colons, spaces and upper case as
/// printed by survey-server or openssl; returns an empty string for anything else.
QString normalizePin(const QString& pin);

/// The pin of a certificate: SHA-256 of its DER encoding, lower-case hex.
QString certificatePin(const QSslCertificate& certificate);

/// True when `pin` is a valid pin and equals the certificate's. An empty or malformed pin
/// never matches, so that a tablet without a pin refuses a self-signed server.
bool pinMatches(const QSslCertificate& certificate, const QString& pin);

} // namespace survey::device
