// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace survey::app {

/// A sentence for the surveyor, in the UI language, for an error code of the shared
/// catalogue or of the sync client (network, TLS pin). `operation` is the client's name
/// for what failed ("login", …): a bad token means something else at login than later.
/// Unknown codes fall back to the server's own message, so nothing is hidden.
QString describeSyncError(const QString& operation, const QString& code, const QString& message);

/// True for codes after which the stored token is useless and the user must log in again.
bool isAuthError(const QString& operation, const QString& code);

} // namespace survey::app
