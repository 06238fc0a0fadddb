// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>
#include <cstdint>
#include <optional>

namespace survey::app {

/// Why typed text is not an acceptable fixed-point number.
enum class DecimalTextError { None, Empty, NotANumber, TooManyDecimals, TooLarge };

/// A typed decimal as an exact integer count of 10^-decimals units, or why it is not one.
struct DecimalText {
    std::optional<std::int64_t> value;
    DecimalTextError error = DecimalTextError::Empty;
};

/// Parses text such as "2.15" into units of 10^-maxDecimals ("2.15" → 2150 for 3 decimals)
/// digit by digit, never through a double, so that 2.2 m is exactly 2200 mm. Accepts
/// surrounding blanks, an optional leading integer part (".5"), a '.' or '。' separator, and
/// full-width digits from Chinese input methods; rejects signs, exponents and values above
/// `maxValue`.
DecimalText parseDecimal(QStringView text, int maxDecimals, std::int64_t maxValue);

/// Metres typed by the surveyor → whole millimetres (up to 3 decimals, at most 1 km).
DecimalText parseMetres(QStringView text);

/// Square metres typed from a certificate → 0.01 m² units (up to 2 decimals).
DecimalText parseSquareMetres(QStringView text);

/// Formats `value` units of 10^-decimals with at least `minDecimals` decimals and no
/// trailing zeros beyond them: formatFixed(4200, 3, 2) == "4.20", (4235, 3, 2) == "4.235".
QString formatFixed(std::int64_t value, int decimals, int minDecimals);

/// Millimetres as metres for display and editing: 4200 → "4.20", 2155 → "2.155".
QString formatMetres(std::int64_t mm);

} // namespace survey::app
