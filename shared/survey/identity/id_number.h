// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

// GB 11643 citizen identification numbers (domain.md §8): 6-digit region, 8-digit birth
// date, 3-digit sequence, MOD 11-2 check character (0–9 or X).
namespace survey::identity {

/// The first problem found in an ID number, in the order they are checked.
enum class IdNumberError { None, Empty, Length, Characters, Region, BirthDate, CheckDigit };

/// The result of validating an ID number as entered.
struct IdNumberCheck {
    bool valid = false;
    IdNumberError error = IdNumberError::None;
    std::string normalized; ///< the number to store (trailing x upper-cased); empty unless valid
    std::string message;    ///< Chinese message for the surveyor; empty when valid
};

/// Validates an 18-character resident ID number; the birth date may not be after
/// `todayYyyymmdd` (e.g. 20240131).
IdNumberCheck validateIdNumber(std::string_view id, int todayYyyymmdd);

/// The MOD 11-2 check character ('0'–'9' or 'X') for the first 17 digits.
/// Throws std::invalid_argument unless `first17` is 17 ASCII digits.
char idCheckDigit(std::string_view first17);

/// Today's date in China (UTC+8) as YYYYMMDD, from the system clock.
int todayYyyymmdd();

} // namespace survey::identity
