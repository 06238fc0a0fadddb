// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace survey::app {

/// Why an ID number as typed is not a valid GB 11643 number, in the UI language: the shared
/// validator's own Chinese message (the one the back office sees too) or an English one.
/// Empty when valid or blank, since a number not known yet is not an error.
QString idNumberMessage(const QString& idNumber);

/// The number to store: normalised (trailing x upper-cased) when valid, else as typed.
QString normalizedIdNumber(const QString& idNumber);

} // namespace survey::app
