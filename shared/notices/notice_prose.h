// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "survey/households/household_record.h"

#include <string>
#include <string_view>

// Building blocks of the formal notices and postings (公文 style): indented paragraphs, the
// addressee line, the closing with issuing body and date, and blanks for missing facts.
namespace survey::notices {

/// The law the notices rest on, cited in full.
inline constexpr const char* kRegulation = "《国有土地上房屋征收与补偿条例》";

/// What tables print for a fact that was not recorded.
inline constexpr const char* kNone = "—";

/// `s`, or kNone when empty.
std::string orNone(std::string_view s);

/// `s`, or a visible blank to fill in by hand when `s` is empty: a notice must not read
/// as complete when a fact (a date, a contact) was never given.
std::string orBlank(std::string_view s);

/// The ISO date as 2026年11月23日, or a blank when empty.
std::string proseDate(std::string_view iso);

/// A body paragraph with the customary two-character first-line indent.
Section indented(std::string text);

/// The closing (落款): issuing body and date set to the right, after a blank line.
Section closing(std::string_view authority, std::string_view isoDate);

/// The addressee line of a notice to one household, the head by name: 张建国（户编号：CD-0017）：
Section addressee(const households::HouseholdRecord& household);

/// Where the house is: 坐落, with the door number in brackets when there is one.
std::string householdLocation(const households::HouseholdRecord& household);

/// Where the house is, as one table cell: 坐落 and door number.
std::string locationCell(const households::HouseholdRecord& household);

/// The project as named in prose: 城东片区棚户区改造项目（项目编号：CD-2024）.
std::string projectName(std::string_view name, std::string_view code);

} // namespace survey::notices
