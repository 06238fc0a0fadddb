// SPDX-License-Identifier: Apache-2.0
#include "notices/recognition_notice.h"

#include "notices/measured_area.h"
#include "notices/notice_prose.h"
#include "notices/recognition_consequence.h"
#include "survey/households/codes.h"

namespace survey::notices {

namespace {
using households::BuildingRecord;
using households::HouseholdRecord;
using households::labelFor;

/// The measured area in words, saying so when parts could not be computed.
std::string areaText(const MeasuredArea& a) {
    std::string out = measure::formatDm2(a.dm2);
    if (a.failedParts > 0)
        out += "（另有" + std::to_string(a.failedParts) + "个部位无法计算，未计入，须复核）";
    return out;
}

Section buildingSection(const BuildingRecord& b, const RecognitionDecision* d,
                        const RecognitionNoticeInfo& info) {
    const std::string status = recognitionStatus(b, d);
    const auto consequence = recognitionConsequence(status);
    KeyValueBlock kv;
    kv.rows = {
        {"结构", orNone(labelFor(households::structureCodes(), b.structure))},
        {"实际用途", orNone(labelFor(households::useCodes(), b.actualUse))},
        {"实测建筑面积(m²)", areaText(measuredArea(b, info.areaSettings)), true},
        {"认定结果", std::string(labelFor(households::recognitionCodes(), status))},
        {"认定日期", d && !d->decidedOn.empty() ? proseDate(d->decidedOn) : kNone},
        {"认定部门", d ? orNone(d->department) : kNone},
        {"认定文号", d ? orNone(d->decisionNo) : kNone},
        {"认定依据", d ? orNone(d->basis) : kNone, true},
        {"补偿意见", std::string(consequence.explanation), true},
    };
    return {"第 " + std::to_string(b.no) + " 幢", kv};
}

std::string introduction(const HouseholdRecord& h, std::size_t count) {
    return "根据" + std::string(kRegulation) +
           "（以下简称《条例》）第二十四条第二款的规定，有关部门已依法对" + orBlank(h.projectName) +
           "征收范围内未经登记的建筑进行调查、认定。您户位于" + householdLocation(h) +
           "的房屋中，未经登记的建筑共" + std::to_string(count) +
           "幢，现将认定结果及补偿意见通知如下：";
}
} // namespace

NoticeDocument buildRecognitionNotice(const HouseholdRecord& h,
                                      const std::vector<RecognitionDecision>& decisions,
                                      const RecognitionNoticeInfo& info) {
    std::vector<Section> buildings;
    bool anyPending = false;
    for (const auto& b : h.buildings) {
        if (!needsRecognition(b, decisions))
            continue;
        const RecognitionDecision* d = decisionFor(b, decisions);
        anyPending = anyPending || recognitionStatus(b, d) == "pending";
        buildings.push_back(buildingSection(b, d, info));
    }

    NoticeDocument doc;
    doc.title = "认定结果通知书";
    doc.subtitle = projectName(h.projectName, h.projectCode);
    doc.sections.push_back(addressee(h));
    doc.sections.push_back(indented(introduction(h, buildings.size())));
    for (auto& s : buildings)
        doc.sections.push_back(std::move(s));
    doc.sections.push_back(indented(
        "《条例》第二十四条第二款规定：对认定为合法建筑和未超过批准期限的临时建筑的，应当给予"
        "补偿；对认定为违法建筑和超过批准期限的临时建筑的，不予补偿。认定结果将在征收范围内"
        "公示。"));
    if (anyPending)
        doc.sections.push_back(indented("尚未认定的建筑，认定结果作出后另行书面通知。"));
    doc.sections.push_back(indented(
        "您户如对上述认定结果不服，可以自收到本通知书之日起六十日内依法申请行政复议，也可以"
        "自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。"));
    doc.sections.push_back(indented("如有疑问，请与" + orBlank(info.authority) + "联系。联系人：" +
                                    orBlank(info.contactName) + "，联系电话：" +
                                    orBlank(info.contactPhone) + "。"));
    doc.sections.push_back(indented("特此通知。"));
    doc.sections.push_back(closing(info.authority, info.issuedOn));
    return doc;
}

} // namespace survey::notices
