// SPDX-License-Identifier: Apache-2.0
// The pull cursor's query parameters (since, limit), which reach SQL as integers: only
// plain decimal digits that fit in int64 are numbers, and they read back as written.
#include "fuzz_check.h"
#include "sync/changes_route.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using survey::fuzz::check;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto value = survey::server::sync::parseCursorNumber(text);
    const bool digits = !text.empty() && std::all_of(text.begin(), text.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
        check(!value, "only digits make a cursor number");
        return 0;
    }
    const auto significant = text.find_first_not_of('0');
    const std::string_view number =
        significant == std::string_view::npos ? std::string_view("0") : text.substr(significant);
    const std::string max = std::to_string(std::numeric_limits<std::int64_t>::max());
    const bool fits = number.size() < max.size() || (number.size() == max.size() && number <= max);
    check(value.has_value() == fits, "digits are a number exactly when they fit in int64");
    if (value) {
        check(*value >= 0, "a cursor number is not negative");
        check(std::to_string(*value) == number, "a cursor number reads back as written");
    }
    return 0;
}
