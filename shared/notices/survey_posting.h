// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "notices/posting_info.h"
#include "survey/households/household_record.h"

#include <vector>

namespace survey::notices {

/// The 调查结果公示表 of a project (一榜): one row per household in the given order with
/// head, location, tenure, uses, certificate and measured area (recomputed from the parts),
/// registered/unregistered building counts and status, then a totals row. It is posted in
/// public, so it never prints ID numbers or phone numbers (domain.md §8).
NoticeDocument buildSurveyPosting(const PostingInfo& info,
                                  const std::vector<households::HouseholdRecord>& households);

} // namespace survey::notices
