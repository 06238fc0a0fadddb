// SPDX-License-Identifier: Apache-2.0
#include "measure/length_error.h"

#include <QCoreApplication>

namespace survey::app {

// Translated in the part dialog's context, where these messages are shown.
QString lengthError(const DecimalText& d) {
    switch (d.error) {
    case DecimalTextError::None:
        return d.value == 0
                   ? QCoreApplication::translate("survey::app::PartEditor", "Must be more than 0")
                   : QString();
    case DecimalTextError::Empty:
        return {};
    case DecimalTextError::NotANumber:
        return QCoreApplication::translate("survey::app::PartEditor", "Enter metres, e.g. 3.45");
    case DecimalTextError::TooManyDecimals:
        return QCoreApplication::translate("survey::app::PartEditor",
                                           "At most 3 decimals (whole millimetres)");
    case DecimalTextError::TooLarge:
        return QCoreApplication::translate("survey::app::PartEditor", "At most 1000 m");
    }
    return {};
}

QString coordinateError(const DecimalText& d) {
    return d.error == DecimalTextError::None ? QString() : lengthError(d);
}

} // namespace survey::app
