// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

// Masking for anything a person outside the household could see (domain.md §8). Characters
// are counted as UTF-8 code points, so full-width digits are masked whole; a value is never
// shown entirely: when the kept parts would cover all of it, everything is masked.
namespace survey::privacy {

/// Masks an ID number: keeps the first 6 and last 4 of 18 characters
/// ("110101********1234"); any other length keeps only the last 2.
std::string maskIdNumber(std::string_view id);

/// Masks a phone number: keeps the first 7 of an 11-digit mobile ("1381234****");
/// any other length keeps only the first 3.
std::string maskPhone(std::string_view phone);

} // namespace survey::privacy
