// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "notices/posting_info.h"
#include "notices/recognition_decision.h"
#include "survey/households/household_record.h"

#include <vector>

namespace survey::notices {

/// The 认定结果公示表 of a project (二榜): one row per unregistered building (see
/// needsRecognition), households in the given order, with household code, head, location,
/// building number, measured area, result, department, decision number and the Art. 24
/// compensation opinion, then totals by opinion. Posted in public, so it never prints ID
/// numbers or phone numbers (domain.md §8).
NoticeDocument buildRecognitionPosting(const PostingInfo& info,
                                       const std::vector<households::HouseholdRecord>& households,
                                       const std::vector<RecognitionDecision>& decisions);

} // namespace survey::notices
