// SPDX-License-Identifier: Apache-2.0
#include "notices/survey_notice.h"

#include "notices/notice_prose.h"

namespace survey::notices {

namespace {
using households::HouseholdRecord;

/// Chinese ordinal for list items: 一 … 十.
std::string ordinal(std::size_t n) {
    static constexpr const char* kDigits[] = {"一", "二", "三", "四", "五",
                                              "六", "七", "八", "九", "十"};
    return n >= 1 && n <= 10 ? kDigits[n - 1] : std::to_string(n);
}

/// Whether the record already shows that the house is used for business, so that the
/// licence is asked for outright rather than conditionally.
bool usedForBusiness(const HouseholdRecord& h) {
    if (!h.businessLicence.empty())
        return true;
    return !h.actualUse.empty() && h.actualUse != "residential" && h.actualUse != "other";
}

std::string period(const SurveyNoticeInfo& info) {
    if (!info.surveyTo.empty() && info.surveyTo == info.surveyFrom)
        return proseDate(info.surveyFrom);
    return proseDate(info.surveyFrom) + "至" + proseDate(info.surveyTo);
}

std::string materialsText(const HouseholdRecord& h, const SurveyNoticeInfo& info) {
    std::vector<std::string> items = info.materials;
    if (usedForBusiness(h))
        items.emplace_back("营业执照（房屋用于生产经营）");
    std::string out = "二、需准备的材料：";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += "（" + ordinal(i + 1) + "）" + items[i] + (i + 1 < items.size() ? "；" : "。");
    out += "以上材料请备齐原件及复印件，原件核对后当场退还。";
    if (!usedForBusiness(h))
        out += "利用房屋从事生产经营活动的，请一并提供营业执照。";
    return out;
}

Section receipt(const HouseholdRecord& h) {
    // Filled in by hand on the paper copy: the receipt proves delivery, which the later
    // stages (and any lawsuit) rely on. The newline gives the signature rows two lines of
    // height, room for a handwritten name.
    KeyValueBlock kv;
    kv.rows = {
        {"受送达人", orBlank(h.headName)},
        {"户编号", orBlank(h.code)},
        {"签收人", "\n"},
        {"签收日期", "\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日"},
        {"送达人", "\n"},
        {"送达日期", "\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日"},
        {"备注", "受送达人拒绝签收的，送达人注明情况并由见证人签字。", true},
    };
    return {"送达回执（由送达人填写后带回存档）", kv};
}
} // namespace

NoticeDocument buildSurveyNotice(const HouseholdRecord& h, const SurveyNoticeInfo& info) {
    NoticeDocument doc;
    doc.title = "入户调查通知书";
    doc.subtitle = projectName(h.projectName, h.projectCode);
    doc.sections.push_back(addressee(h));
    doc.sections.push_back(indented(
        "根据" + orBlank(info.legalBasis) + "的规定，" + orBlank(info.authority) + "将对" +
        orBlank(h.projectName) + "征收范围内房屋的权属、区位、用途、建筑面积等情况组织调查登记。" +
        "您户位于" + householdLocation(h) + "的房屋在征收范围内。现将有关事项通知如下："));
    doc.sections.push_back(
        indented("一、调查时间：" + period(info) +
                 "。调查人员将出示工作证件，入户对房屋进行测量、拍照，并登记家庭成员、"
                 "附属物等情况。请您户届时安排家庭成员在场并予以配合。"));
    doc.sections.push_back(indented(materialsText(h, info)));
    doc.sections.push_back(indented(
        "三、征收范围冻结：本项目房屋征收范围已于" + proseDate(info.freezeDate) +
        "确定并冻结。依照" + kRegulation +
        "第十六条的规定，自该日起，不得在征收范围内实施新建、扩建、改建房屋和改变房屋用途等"
        "不当增加补偿费用的行为；违反规定实施的，不予补偿。"));
    doc.sections.push_back(indented("四、举证期限：对房屋权属、面积、用途等情况有证明材料的，请于" +
                                    proseDate(info.evidenceDeadline) + "前提交调查人员或者" +
                                    orBlank(info.authority) +
                                    "。逾期未提交的，将依据调查登记情况和现有资料办理。"));
    doc.sections.push_back(
        indented("五、调查结果确认：调查登记的内容将当场交由您户核对，经核对无误后签字确认。"
                 "调查结果将在征收范围内公示，您户对调查结果有异议的，可以在公示期内提出。"));
    doc.sections.push_back(indented("六、联系方式：联系人：" + orBlank(info.contactName) +
                                    "，联系电话：" + orBlank(info.contactPhone) + "。"));
    doc.sections.push_back(indented("特此通知。"));
    doc.sections.push_back(closing(info.authority, info.issuedOn));
    doc.sections.push_back(receipt(h));
    return doc;
}

} // namespace survey::notices
