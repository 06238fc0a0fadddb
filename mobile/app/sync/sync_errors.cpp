// SPDX-License-Identifier: Apache-2.0
#include "sync/sync_errors.h"

#include <QCoreApplication>

namespace survey::app {

namespace {
// A translation context of its own, so that these sentences are grouped for translators.
struct SyncErrors {
    Q_DECLARE_TR_FUNCTIONS(SyncErrors)
};
} // namespace

QString describeSyncError(const QString& operation, const QString& code, const QString& message) {
    const bool atLogin = operation == QLatin1String("login");
    if (code == QLatin1String("unauthorized"))
        return atLogin ? SyncErrors::tr("Wrong username or password.")
                       : SyncErrors::tr(
                             "The server no longer accepts this login. Please log in again.");
    if (code == QLatin1String("token_expired"))
        return SyncErrors::tr("Your login has expired. Please log in again.");
    if (code == QLatin1String("forbidden"))
        return atLogin ? SyncErrors::tr("This account may not use the survey app.")
                       : SyncErrors::tr("This account is not assigned to this project.");
    if (code == QLatin1String("rate_limited"))
        return SyncErrors::tr("Too many attempts. Wait a minute, then try again.");
    if (code == QLatin1String("locked"))
        return SyncErrors::tr("The household is approved and locked until the office returns it.");
    if (code == QLatin1String("area_mismatch"))
        return SyncErrors::tr(
            "The server computes a different area: this app uses an outdated rule "
            "version. Update the app before syncing.");
    if (code == QLatin1String("conflict"))
        return SyncErrors::tr(
            "Someone else changed the same fields; both versions are kept for review.");
    if (code == QLatin1String("not_found"))
        return SyncErrors::tr("The server does not know this project or record.");
    if (code == QLatin1String("internal"))
        return SyncErrors::tr("The server had an internal error. Try again later.");
    if (code == QLatin1String("network"))
        return SyncErrors::tr(
            "Cannot reach the server. Check the network and the server address; your "
            "work stays on this tablet.");
    if (code == QLatin1String("insecure_http"))
        return SyncErrors::tr("Only https:// servers are accepted.");
    if (code == QLatin1String("bad_response"))
        return SyncErrors::tr("The server's answer could not be read. Is this the survey server?");
    if (code == QLatin1String("tls_pin"))
        return SyncErrors::tr(
            "The server's certificate does not match the pinned fingerprint. Do not "
            "continue; ask the office for the correct fingerprint.");
    if (message.isEmpty())
        return SyncErrors::tr("Server error: %1").arg(code);
    return SyncErrors::tr("Server error: %1 (%2)").arg(message, code);
}

bool isAuthError(const QString& operation, const QString& code) {
    return code == QLatin1String("token_expired") ||
           (code == QLatin1String("unauthorized") && operation != QLatin1String("login"));
}

} // namespace survey::app
