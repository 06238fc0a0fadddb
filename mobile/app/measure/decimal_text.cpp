// SPDX-License-Identifier: Apache-2.0
#include "measure/decimal_text.h"

#include "survey/measure/area_rules.h"
#include "survey/measure/area_tolerance.h"

namespace survey::app {

namespace {

// Full-width digits (U+FF10..FF19) come from Chinese input methods in full-width mode.
std::optional<int> digitValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'\uFF10' && u <= u'\uFF19')
        return u - u'\uFF10';
    return std::nullopt;
}

bool isSeparator(QChar c) {
    return c == u'.' || c == u'\u3002' || c == u'\uFF0E';
}

} // namespace

DecimalText parseDecimal(QStringView text, int maxDecimals, std::int64_t maxValue) {
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return {};
    std::int64_t value = 0;
    int decimals = -1; // -1 until the separator is seen
    bool anyDigit = false;
    for (const QChar c : t) {
        if (isSeparator(c) && decimals < 0) {
            decimals = 0;
            continue;
        }
        const auto d = digitValue(c);
        if (!d)
            return {std::nullopt, DecimalTextError::NotANumber};
        anyDigit = true;
        if (decimals >= 0 && ++decimals > maxDecimals)
            return {std::nullopt, DecimalTextError::TooManyDecimals};
        // Checked before multiplying, so that long digit strings cannot overflow.
        if (value > maxValue)
            return {std::nullopt, DecimalTextError::TooLarge};
        value = value * 10 + *d;
    }
    if (!anyDigit)
        return {std::nullopt, DecimalTextError::NotANumber};
    for (int i = std::max(decimals, 0); i < maxDecimals; ++i) {
        if (value > maxValue)
            return {std::nullopt, DecimalTextError::TooLarge};
        value *= 10;
    }
    if (value > maxValue)
        return {std::nullopt, DecimalTextError::TooLarge};
    return {value, DecimalTextError::None};
}

DecimalText parseMetres(QStringView text) {
    return parseDecimal(text, 3, measure::kMaxLengthMm);
}

DecimalText parseSquareMetres(QStringView text) {
    return parseDecimal(text, 2, measure::kMaxCertifiedDm2);
}

QString formatFixed(std::int64_t value, int decimals, int minDecimals) {
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    if (digits.size() <= decimals)
        digits.prepend(QString(decimals + 1 - digits.size(), u'0'));
    QString whole = digits.left(digits.size() - decimals);
    QString fraction = digits.right(decimals);
    while (fraction.size() > minDecimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    QString out = negative ? QStringLiteral("-") + whole : whole;
    return fraction.isEmpty() ? out : out + u'.' + fraction;
}

QString formatMetres(std::int64_t mm) {
    return formatFixed(mm, 3, 2);
}

} // namespace survey::app
