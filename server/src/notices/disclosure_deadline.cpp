// SPDX-License-Identifier: Apache-2.0
#include "notices/disclosure_deadline.h"

#include <chrono>
#include <cstdio>

namespace survey::server::notices {

namespace {
std::optional<std::chrono::sys_days> parseIso(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    int y = 0, m = 0, d = 0;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (iso[i] < '0' || iso[i] > '9')
            return std::nullopt;
    y = std::stoi(std::string(iso.substr(0, 4)));
    m = std::stoi(std::string(iso.substr(5, 2)));
    d = std::stoi(std::string(iso.substr(8, 2)));
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(m)),
                                          std::chrono::day(unsigned(d))};
    if (!ymd.ok())
        return std::nullopt;
    return std::chrono::sys_days(ymd);
}

std::string formatIso(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd(day);
    char text[16]; // room for any int year, though dates here have four digits
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return text;
}

bool worksOn(const WorkCalendar& calendar, std::chrono::sys_days day) {
    if (auto it = calendar.exceptions.find(formatIso(day)); it != calendar.exceptions.end())
        return it->second;
    const std::chrono::weekday wd(day);
    return wd != std::chrono::Saturday && wd != std::chrono::Sunday;
}
} // namespace

std::optional<bool> isWorkingDay(const WorkCalendar& calendar, std::string_view iso) {
    const auto day = parseIso(iso);
    if (!day)
        return std::nullopt;
    return worksOn(calendar, *day);
}

std::optional<std::string> disclosureDueOn(const WorkCalendar& calendar, std::string_view formedOn,
                                           int workingDays) {
    auto day = parseIso(formedOn);
    if (!day)
        return std::nullopt;
    for (int counted = 0; counted < workingDays;) {
        *day += std::chrono::days(1);
        if (worksOn(calendar, *day))
            ++counted;
    }
    return formatIso(*day);
}

bool isOverdue(std::string_view dueOn, std::string_view disclosedOn, std::string_view today) {
    // ISO dates compare correctly as text.
    return disclosedOn.empty() ? today > dueOn : disclosedOn > dueOn;
}

} // namespace survey::server::notices
