// SPDX-License-Identifier: Apache-2.0
// ID-number validation over any bytes a surveyor could type or a tablet could send. The
// input is the ID number, optionally followed by a newline and the "today" date as
// decimal YYYYMMDD (any int). A number accepted once must be accepted again in its
// normalised form, and its check character must be the MOD 11-2 one.
#include "fuzz_check.h"
#include "survey/identity/id_number.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace survey::identity;
    using survey::fuzz::check;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const std::string_view id = input.substr(0, newline);
    int today = 20991231;
    if (newline != std::string_view::npos) {
        const auto rest = input.substr(newline + 1);
        std::from_chars(rest.data(), rest.data() + rest.size(), today);
    }

    const IdNumberCheck result = validateIdNumber(id, today);
    check(result.valid == (result.error == IdNumberError::None), "valid exactly without error");
    check(result.valid == result.message.empty(), "a refusal always has a message");
    if (result.valid) {
        check(result.normalized.size() == 18, "a valid number has 18 characters");
        check(idCheckDigit(std::string_view(result.normalized).substr(0, 17)) ==
                  result.normalized[17],
              "the check character is the MOD 11-2 one");
        check(validateIdNumber(result.normalized, today).normalized == result.normalized,
              "normalising is idempotent");
    } else {
        check(result.normalized.empty(), "nothing to store for an invalid number");
    }

    // idCheckDigit's contract: 17 ASCII digits, otherwise invalid_argument and nothing else.
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const bool seventeenDigits = id.size() == 17 && std::all_of(id.begin(), id.end(), isDigit);
    try {
        const char digit = idCheckDigit(id);
        check(seventeenDigits && (isDigit(digit) || digit == 'X'),
              "check character computed only for 17 digits, and is 0-9 or X");
    } catch (const std::invalid_argument&) {
        check(!seventeenDigits, "17 digits are never refused");
    }
    return 0;
}
