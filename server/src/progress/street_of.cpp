// SPDX-License-Identifier: Apache-2.0
#include "progress/street_of.h"

#include <algorithm>
#include <array>

namespace survey::server::progress {

namespace {
// UTF-8 is self-synchronising: a byte search for a whole character never matches inside another.
constexpr std::array<std::string_view, 6> kUnits = {"省", "市", "区", "县", "镇", "乡"};
constexpr std::array<std::string_view, 7> kStreetWords = {"路", "街", "巷", "道", "里", "弄", "村"};
} // namespace

std::string streetOf(std::string_view address) {
    // The first street word ends the street; the last unit before it starts it, so that a
    // 小区 or 市场 after the street does not move the start.
    std::size_t wordAt = std::string_view::npos, wordSize = 0;
    for (auto word : kStreetWords) {
        auto at = address.find(word);
        if (at < wordAt) {
            wordAt = at;
            wordSize = word.size();
        }
    }
    if (wordAt == std::string_view::npos)
        return {};
    const std::string_view before = address.substr(0, wordAt);
    std::size_t start = 0;
    for (auto unit : kUnits)
        if (auto at = before.rfind(unit); at != std::string_view::npos)
            start = std::max(start, at + unit.size());
    return std::string(address.substr(start, wordAt + wordSize - start));
}

} // namespace survey::server::progress
