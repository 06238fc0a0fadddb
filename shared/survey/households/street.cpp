// SPDX-License-Identifier: Apache-2.0
#include "survey/households/street.h"

#include <algorithm>
#include <array>

namespace survey::households {

namespace {

// UTF-8 is self-synchronising: a byte search for a whole character never matches inside
// another one.
constexpr std::array<std::string_view, 7> kUnits = {"省", "市", "区", "县", "镇", "乡", "街道"};

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A house number starts with an ASCII or full-width digit (０-９ is EF BC 90..99 in UTF-8).
bool numberStartsAt(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= '0' && c <= '9')
        return true;
    return c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC &&
           static_cast<unsigned char>(s[i + 2]) >= 0x90 &&
           static_cast<unsigned char>(s[i + 2]) <= 0x99;
}

} // namespace

std::string streetOf(std::string_view address) {
    std::size_t end = 0;
    while (end < address.size() && !numberStartsAt(address, end))
        ++end;
    const std::string_view beforeNumber = address.substr(0, end);
    std::size_t begin = 0;
    for (auto unit : kUnits)
        if (auto at = beforeNumber.rfind(unit); at != std::string_view::npos)
            begin = std::max(begin, at + unit.size());
    while (begin < end && isSpace(address[begin]))
        ++begin;
    while (end > begin && isSpace(address[end - 1]))
        --end;
    return std::string(address.substr(begin, end - begin));
}

} // namespace survey::households
