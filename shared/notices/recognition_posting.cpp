// SPDX-License-Identifier: Apache-2.0
#include "notices/recognition_posting.h"

#include "notices/measured_area.h"
#include "notices/notice_prose.h"
#include "notices/recognition_consequence.h"
#include "survey/households/codes.h"

#include <map>

namespace survey::notices {

namespace {
using households::HouseholdRecord;

using Compensation = RecognitionConsequence::Compensation;

/// Buildings and measured area in all and by whether they are compensated.
struct Totals {
    struct Group {
        int count = 0;
        MeasuredArea area;
    };
    Group all;
    std::map<Compensation, Group> by;

    void add(Compensation c, const MeasuredArea& area) {
        for (Group* g : {&all, &by[c]}) {
            ++g->count;
            g->area += area;
        }
    }
};

Section resultTable(const PostingInfo& info, const std::vector<HouseholdRecord>& households,
                    const std::vector<RecognitionDecision>& decisions, Totals& totals) {
    Table t;
    // Weights are millimetres of the 267 mm landscape line. Decision numbers and opinions
    // keep to one line; long addresses, departments and result labels take two.
    t.columns = {{"序号", 11},     {"户编号", 20},   {"户主", 18},
                 {"坐落", 42},     {"幢号", 11},     {"实测面积(m²)", 22, true},
                 {"认定结果", 30}, {"认定部门", 40}, {"文号", 42},
                 {"补偿意见", 31}};
    for (const auto& h : households) {
        for (const auto& b : h.buildings) {
            if (!needsRecognition(b, decisions))
                continue;
            const RecognitionDecision* d = decisionFor(b, decisions);
            const std::string status = recognitionStatus(b, d);
            const auto consequence = recognitionConsequence(status);
            const MeasuredArea area = measuredArea(b, info.areaSettings);
            totals.add(consequence.compensation, area);
            // Only what domain.md §8 allows in public: name, address, areas, decisions.
            t.rows.push_back(
                {{std::to_string(totals.all.count), orNone(h.code), orNone(h.headName),
                  locationCell(h), std::to_string(b.no), formatMeasured(area),
                  std::string(households::labelFor(households::recognitionCodes(), status)),
                  d ? orNone(d->department) : kNone, d ? orNone(d->decisionNo) : kNone,
                  std::string(consequence.opinion)}});
        }
    }
    t.rows.push_back({{"合计", "共" + std::to_string(totals.all.count) + "幢", "", "", "",
                       formatMeasured(totals.all.area), "", "", "", ""},
                      true});
    return {"认定结果", t};
}

std::string summary(const Totals& totals) {
    std::string out = "本次公示未经登记的建筑共" + std::to_string(totals.all.count) +
                      "幢，实测面积合计" + formatMeasured(totals.all.area) + "平方米";
    static constexpr std::pair<Compensation, const char*> kGroups[] = {
        {Compensation::Yes, "予以补偿"},
        {Compensation::No, "不予补偿"},
        {Compensation::Undecided, "尚未认定"}};
    const char* lead = "，其中";
    for (const auto& [c, label] : kGroups) {
        const auto it = totals.by.find(c);
        if (it == totals.by.end())
            continue;
        out += lead + std::string(label) + std::to_string(it->second.count) + "幢、" +
               formatMeasured(it->second.area) + "平方米";
        lead = "；";
    }
    return out + "。";
}

std::string notes(const Totals& totals) {
    std::string out =
        "说明：\n1. " + summary(totals) + "\n2. 补偿意见依照" + kRegulation +
        "第二十四条第二款：对认定为合法建筑和未超过批准期限的临时建筑的，应当给予补偿；对认定"
        "为违法建筑和超过批准期限的临时建筑的，不予补偿。\n3. 为保护个人信息，本表不公示身份证"
        "号码、联系电话等信息。";
    if (totals.all.area.failedParts > 0)
        out += std::string("\n4. ") + kIncompleteAreaNote;
    return out;
}
} // namespace

NoticeDocument buildRecognitionPosting(const PostingInfo& info,
                                       const std::vector<HouseholdRecord>& households,
                                       const std::vector<RecognitionDecision>& decisions) {
    NoticeDocument doc;
    doc.title = "认定结果公示表";
    doc.subtitle = projectName(info.projectName, info.projectCode);
    doc.orientation = PageOrientation::Landscape;
    doc.sections.push_back(
        indented("根据" + std::string(kRegulation) + "第二十四条第二款的规定，有关部门已依法对" +
                 orBlank(info.projectName) +
                 "征收范围内未经登记的建筑进行调查、认定，现将认定结果予以公示。" +
                 postingPeriodText(info)));
    doc.sections.push_back(postingPlaceAndObjections(info, "被征收人对本户认定结果有异议的"));
    doc.sections.push_back(indented(
        "被征收人对认定结果不服的，还可以自知道该认定之日起六十日内依法申请行政复议，或者自知道"
        "该认定之日起六个月内依法向人民法院提起行政诉讼。"));
    Totals totals;
    doc.sections.push_back(resultTable(info, households, decisions, totals));
    doc.sections.push_back({"", Paragraph{notes(totals)}});
    doc.sections.push_back(closing(info.authority, info.postedFrom));
    return doc;
}

} // namespace survey::notices
