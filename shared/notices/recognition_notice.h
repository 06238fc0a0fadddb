// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "notices/recognition_decision.h"
#include "survey/households/household_record.h"
#include "survey/measure/area_rules.h"

#include <string>
#include <vector>

namespace survey::notices {

/// Who sends the recognition notice and when. Dates are ISO (YYYY-MM-DD).
struct RecognitionNoticeInfo {
    std::string authority; ///< 征收部门, the issuing body (decisions name their own department)
    std::string issuedOn;  ///< the date under the issuing body
    std::string contactName, contactPhone;
    measure::AreaSettings areaSettings; ///< the project's, as for the registration form
};

/// The 认定结果通知书 to one household: for every unregistered building (see
/// needsRecognition) its measured area, the decision (result, department, number, date,
/// basis) and what it means for compensation under Art. 24, then the household's right to
/// administrative reconsideration (60 days) or a lawsuit (6 months). It is meant for
/// households where needsRecognition holds for some building. `decisions` may hold other
/// households' decisions; those are ignored.
NoticeDocument buildRecognitionNotice(const households::HouseholdRecord& household,
                                      const std::vector<RecognitionDecision>& decisions,
                                      const RecognitionNoticeInfo& info);

} // namespace survey::notices
