// SPDX-License-Identifier: Apache-2.0
#include "notices/posting_info.h"

#include "notices/notice_dates.h"
#include "notices/notice_prose.h"

namespace survey::notices {

std::string postingEnd(const PostingInfo& info) {
    if (!info.postedTo.empty())
        return info.postedTo;
    return addDays(info.postedFrom, kDefaultPostingDays - 1).value_or("");
}

std::string postingPeriodText(const PostingInfo& info) {
    const std::string end = postingEnd(info);
    std::string out = "公示期自" + proseDate(info.postedFrom) + "起至" + proseDate(end) + "止";
    if (const auto days = daysInclusive(info.postedFrom, end))
        out += "，共" + std::to_string(*days) + "日";
    return out + "。";
}

Section postingPlaceAndObjections(const PostingInfo& info, const std::string& objectionSubject) {
    return indented("公示地点：" + orBlank(info.postedAt) + "。" + objectionSubject +
                    "，请于公示期内持相关证明材料向" + orBlank(info.objectionTo) +
                    "书面提出。联系人：" + orBlank(info.contactName) + "，联系电话：" +
                    orBlank(info.contactPhone) + "。");
}

} // namespace survey::notices
