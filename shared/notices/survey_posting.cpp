// SPDX-License-Identifier: Apache-2.0
#include "notices/survey_posting.h"

#include "notices/measured_area.h"
#include "notices/notice_prose.h"
#include "survey/households/codes.h"

namespace survey::notices {

namespace {
using households::HouseholdRecord;
using households::labelFor;

/// Registered / unregistered building counts; buildings whose registration was not
/// recorded are counted apart rather than guessed into either.
struct BuildingCounts {
    int registered = 0, unregistered = 0, unknown = 0;

    void add(const households::BuildingRecord& b) {
        if (!b.registered)
            ++unknown;
        else if (*b.registered)
            ++registered;
        else
            ++unregistered;
    }
    void add(const BuildingCounts& o) {
        registered += o.registered;
        unregistered += o.unregistered;
        unknown += o.unknown;
    }
    std::string text() const {
        std::string out = std::to_string(registered) + "/" + std::to_string(unregistered);
        if (unknown > 0)
            out += "（未明" + std::to_string(unknown) + "）";
        return out;
    }
};

/// Running totals for the totals row and for the notes under the table.
struct Totals {
    std::int64_t certDm2 = 0;
    bool anyCert = false;
    MeasuredArea measured;
    BuildingCounts buildings;
};

std::string uses(const HouseholdRecord& h) {
    return orNone(labelFor(households::useCodes(), h.approvedUse)) + "/" +
           orNone(labelFor(households::useCodes(), h.actualUse));
}

TableRow householdRow(std::size_t no, const HouseholdRecord& h, const PostingInfo& info,
                      Totals& totals) {
    std::int64_t certDm2 = 0;
    bool anyCert = false;
    MeasuredArea measured;
    BuildingCounts counts;
    for (const auto& b : h.buildings) {
        if (b.certAreaDm2) {
            certDm2 += *b.certAreaDm2;
            anyCert = true;
        }
        measured += measuredArea(b, info.areaSettings);
        counts.add(b);
    }
    totals.certDm2 += certDm2;
    totals.anyCert = totals.anyCert || anyCert;
    totals.measured += measured;
    totals.buildings.add(counts);
    // A household with no building recorded yet (not surveyed, or not let in) has no
    // measured area: a dash, as for a missing certificate, not a measured 0.00 m².
    const bool surveyed = !h.buildings.empty();
    // Only what domain.md §8 allows in public: name, address, tenure, use, areas, status.
    return {{std::to_string(no), orNone(h.code), orNone(h.headName), locationCell(h),
             orNone(labelFor(households::tenureCodes(), h.tenure)), uses(h),
             anyCert ? measure::formatDm2(certDm2) : kNone,
             surveyed ? formatMeasured(measured) : kNone, surveyed ? counts.text() : kNone,
             orNone(labelFor(households::statusCodes(), h.status))}};
}

Section resultTable(const PostingInfo& info, const std::vector<HouseholdRecord>& households,
                    Totals& totals) {
    Table t;
    // Weights are millimetres of the 267 mm landscape line: every column but the address
    // holds its longest usual value (直管公房, 认定已公示, a four-character name) on one line.
    t.columns = {{"序号", 11},
                 {"户编号", 20},
                 {"户主", 20},
                 {"坐落/门牌号", 90},
                 {"权属", 19},
                 {"批准用途/\n实际用途", 22},
                 {"证载面积(m²)", 22, true},
                 {"实测面积(m²)", 22, true},
                 {"有证/无证\n幢数", 20},
                 {"状态", 21}};
    for (std::size_t i = 0; i < households.size(); ++i)
        t.rows.push_back(householdRow(i + 1, households[i], info, totals));
    t.rows.push_back({{"合计", "共" + std::to_string(households.size()) + "户", "", "", "", "",
                       totals.anyCert ? measure::formatDm2(totals.certDm2) : kNone,
                       formatMeasured(totals.measured), totals.buildings.text(), ""},
                      true});
    return {"调查结果", t};
}

std::string notes(const Totals& totals) {
    std::string out =
        "说明：\n1. 证载面积为房屋权属证书记载的建筑面积；实测面积为按房屋建筑面积计算规范逐个"
        "部位计算、取至0.01平方米后的合计。两者分别列示，互不替代。\n2. 有证/无证幢数为已办理、"
        "未办理房屋登记的幢数；未经登记建筑的认定结果另行公示。\n3. 为保护个人信息，本表不公示"
        "身份证号码、联系电话等信息。";
    if (totals.measured.failedParts > 0)
        out += std::string("\n4. ") + kIncompleteAreaNote;
    return out;
}
} // namespace

NoticeDocument buildSurveyPosting(const PostingInfo& info,
                                  const std::vector<HouseholdRecord>& households) {
    NoticeDocument doc;
    doc.title = "调查结果公示表";
    doc.subtitle = projectName(info.projectName, info.projectCode);
    doc.orientation = PageOrientation::Landscape;
    doc.sections.push_back(indented(
        "根据" + std::string(kRegulation) + "第十五条的规定，" + orBlank(info.authority) + "对" +
        orBlank(info.projectName) +
        "征收范围内房屋的权属、区位、用途、建筑面积等情况进行了调查登记，现将调查结果予以公示。" +
        postingPeriodText(info)));
    doc.sections.push_back(postingPlaceAndObjections(info, "被征收人对本户调查结果有异议的"));
    Totals totals;
    doc.sections.push_back(resultTable(info, households, totals));
    doc.sections.push_back({"", Paragraph{notes(totals)}});
    doc.sections.push_back(closing(info.authority, info.postedFrom));
    return doc;
}

} // namespace survey::notices
