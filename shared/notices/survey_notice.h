// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "survey/households/household_record.h"

#include <string>
#include <vector>

namespace survey::notices {

/// What the expropriation department announces to every household before the survey
/// (domain.md §3 step 1). Dates are ISO (YYYY-MM-DD); empty facts print as blanks to fill.
struct SurveyNoticeInfo {
    std::string authority; ///< 征收部门, the issuing body
    std::string legalBasis = "《国有土地上房屋征收与补偿条例》第十五条";
    std::string surveyFrom, surveyTo; ///< 调查时间
    std::string freezeDate;           ///< 征收范围冻结日期 (Art. 16)
    /// Papers to bring, in order. A business licence is added for households whose record
    /// shows business use (and asked for conditionally from the others).
    std::vector<std::string> materials = {
        "户主及家庭成员的居民身份证",
        "户口簿",
        "不动产权证书，或者房屋所有权证和国有土地使用证",
        "其他能够证明房屋权属、面积、用途的材料（如购房合同、建房批准文件等）",
    };
    std::string evidenceDeadline; ///< 举证期限
    std::string contactName, contactPhone;
    std::string issuedOn; ///< the date under the issuing body
};

/// The 入户调查通知书 to one household: a formal notice to the household head naming the
/// house, the survey dates, the papers to prepare, the freeze date and what it means, the
/// deadline for evidence and whom to contact, with a receipt for proof of delivery.
NoticeDocument buildSurveyNotice(const households::HouseholdRecord& household,
                                 const SurveyNoticeInfo& info);

} // namespace survey::notices
