// SPDX-License-Identifier: Apache-2.0
#include "survey/privacy/masking.h"

#include <vector>

namespace survey::privacy {

namespace {

// Splits UTF-8 text into code points (a continuation byte never starts one).
std::vector<std::string_view> codePoints(std::string_view text) {
    std::vector<std::string_view> points;
    std::size_t start = 0;
    for (std::size_t i = 1; i <= text.size(); ++i) {
        if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            points.push_back(text.substr(start, i - start));
            start = i;
        }
    }
    return points;
}

// Keeps `head` code points at the start and `tail` at the end, one '*' for each other.
std::string keepEnds(const std::vector<std::string_view>& points, std::size_t head,
                     std::size_t tail) {
    if (head + tail >= points.size())
        return std::string(points.size(), '*');
    std::string out;
    for (std::size_t i = 0; i < points.size(); ++i)
        out += (i < head || i >= points.size() - tail) ? points[i] : std::string_view("*");
    return out;
}

} // namespace

std::string maskIdNumber(std::string_view id) {
    const auto points = codePoints(id);
    return points.size() == 18 ? keepEnds(points, 6, 4) : keepEnds(points, 0, 2);
}

std::string maskPhone(std::string_view phone) {
    const auto points = codePoints(phone);
    return points.size() == 11 ? keepEnds(points, 7, 0) : keepEnds(points, 3, 0);
}

} // namespace survey::privacy
