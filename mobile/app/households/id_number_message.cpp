// SPDX-License-Identifier: Apache-2.0
#include "households/id_number_message.h"

#include "app/language.h"
#include "survey/identity/id_number.h"

#include <QCoreApplication>

namespace survey::app {

namespace {
QString englishMessage(identity::IdNumberError error) {
    using E = identity::IdNumberError;
    switch (error) {
    case E::None:
    case E::Empty:
        break;
    case E::Length:
        return QCoreApplication::translate("IdNumber", "An ID number has 18 characters.");
    case E::Characters:
        return QCoreApplication::translate("IdNumber",
                                           "Only digits, with X allowed as the last character.");
    case E::Region:
        return QCoreApplication::translate("IdNumber",
                                           "The first 6 digits are not a valid region code.");
    case E::BirthDate:
        return QCoreApplication::translate("IdNumber",
                                           "Digits 7 to 14 are not a valid date of birth.");
    case E::CheckDigit:
        return QCoreApplication::translate(
            "IdNumber", "The check digit does not match: a digit is probably mistyped.");
    }
    return {};
}

identity::IdNumberCheck check(const QString& idNumber) {
    return identity::validateIdNumber(idNumber.trimmed().toStdString(), identity::todayYyyymmdd());
}
} // namespace

QString idNumberMessage(const QString& idNumber) {
    if (idNumber.trimmed().isEmpty())
        return {};
    const auto result = check(idNumber);
    if (result.valid)
        return {};
    return Language::isEnglish() ? englishMessage(result.error)
                                 : QString::fromStdString(result.message);
}

QString normalizedIdNumber(const QString& idNumber) {
    const auto result = check(idNumber);
    return result.valid ? QString::fromStdString(result.normalized) : idNumber.trimmed();
}

} // namespace survey::app
