// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace survey::server::notices {

/// Results must be disclosed within this many working days of being formed or changed
/// (the disclosure catalogue, domain.md §3 step 4).
inline constexpr int kDisclosureWorkingDays = 20;

/// A project's working-day calendar: Monday..Friday work unless listed as a holiday; a
/// listed Saturday or Sunday with `true` is an adjusted working day (调休).
struct WorkCalendar {
    std::map<std::string, bool> exceptions; ///< ISO date → is a working day
};

/// True when `iso` (YYYY-MM-DD) is a working day under `calendar`; nullopt for a bad date.
std::optional<bool> isWorkingDay(const WorkCalendar& calendar, std::string_view iso);

/// The last day on which results formed on `formedOn` may still be disclosed: the
/// `workingDays`-th working day after it (the day of forming does not count, as periods in
/// Chinese administrative law start the day after the event). nullopt for a bad date.
std::optional<std::string> disclosureDueOn(const WorkCalendar& calendar, std::string_view formedOn,
                                           int workingDays = kDisclosureWorkingDays);

/// Whether a disclosure is late: disclosed after `dueOn`, or not disclosed and `today` is past it.
bool isOverdue(std::string_view dueOn, std::string_view disclosedOn, std::string_view today);

} // namespace survey::server::notices
