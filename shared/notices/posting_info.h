// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "survey/measure/area_rules.h"

#include <string>

namespace survey::notices {

/// The posting period when no end date is given (domain.md §3: commonly 7 days).
inline constexpr int kDefaultPostingDays = 7;

/// What a project posting (调查结果公示 一榜, 认定结果公示 二榜) says about itself. Dates
/// are ISO (YYYY-MM-DD); empty facts print as blanks to fill.
struct PostingInfo {
    std::string projectName, projectCode;
    std::string authority;   ///< 征收部门, the issuing body
    std::string postedFrom;  ///< first day of the posting period, also the date of the posting
    std::string postedTo;    ///< last day; empty: kDefaultPostingDays counting postedFrom
    std::string postedAt;    ///< 公示地点
    std::string objectionTo; ///< who takes objections, with the address
    std::string contactName, contactPhone;
    measure::AreaSettings areaSettings; ///< the project's, as for the registration form
};

/// The last day of the posting period (ISO), postedTo or the default period's end; empty
/// when neither can be known.
std::string postingEnd(const PostingInfo& info);

/// 公示期自2026年11月23日起至2026年11月29日止，共7日。
std::string postingPeriodText(const PostingInfo& info);

/// 公示地点：…。 followed by the objection sentence that starts with `objectionSubject`
/// (e.g. 被征收人对本户调查结果有异议的).
Section postingPlaceAndObjections(const PostingInfo& info, const std::string& objectionSubject);

} // namespace survey::notices
