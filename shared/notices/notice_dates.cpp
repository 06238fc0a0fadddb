// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_dates.h"

#include <charconv>
#include <chrono>

namespace survey::notices {

namespace {
using namespace std::chrono;

/// A non-negative decimal number taking all of `s`.
std::optional<int> number(std::string_view s) {
    if (s.empty() || s.front() == '-')
        return std::nullopt;
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<year_month_day> parse(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    const auto y = number(iso.substr(0, 4)), m = number(iso.substr(5, 2)),
               d = number(iso.substr(8, 2));
    if (!y || !m || !d)
        return std::nullopt;
    const year_month_day date{year{*y}, month{static_cast<unsigned>(*m)},
                              day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

std::string twoDigits(unsigned v) {
    return (v < 10 ? "0" : "") + std::to_string(v);
}
} // namespace

std::string chineseDate(std::string_view iso) {
    const auto date = parse(iso);
    if (!date)
        return std::string(iso);
    return std::to_string(static_cast<int>(date->year())) + "年" +
           std::to_string(static_cast<unsigned>(date->month())) + "月" +
           std::to_string(static_cast<unsigned>(date->day())) + "日";
}

std::optional<std::string> addDays(std::string_view iso, int days) {
    const auto date = parse(iso);
    if (!date)
        return std::nullopt;
    const year_month_day out{sys_days{*date} + std::chrono::days{days}};
    return std::to_string(static_cast<int>(out.year())) + "-" +
           twoDigits(static_cast<unsigned>(out.month())) + "-" +
           twoDigits(static_cast<unsigned>(out.day()));
}

std::optional<int> daysInclusive(std::string_view from, std::string_view to) {
    const auto a = parse(from), b = parse(to);
    if (!a || !b)
        return std::nullopt;
    return static_cast<int>((sys_days{*b} - sys_days{*a}).count()) + 1;
}

} // namespace survey::notices
