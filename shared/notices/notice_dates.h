// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>

// Dates as the notices print them. Inputs are ISO dates (YYYY-MM-DD), as stored and as in
// IssueInfo; formal Chinese prose writes them 2026年11月23日.
namespace survey::notices {

/// "2026-11-23" → "2026年11月23日". Anything that is not a valid ISO date is returned
/// unchanged, so that a wrong date shows on the notice instead of being guessed at.
std::string chineseDate(std::string_view iso);

/// The ISO date `days` after `iso`, or nullopt when `iso` is not a valid ISO date.
std::optional<std::string> addDays(std::string_view iso, int days);

/// Days from `from` to `to` counting both ends (a period of 7 days ends on day 7), or
/// nullopt when either is not a valid ISO date.
std::optional<int> daysInclusive(std::string_view from, std::string_view to);

} // namespace survey::notices
