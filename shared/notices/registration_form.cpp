// SPDX-License-Identifier: Apache-2.0
#include "notices/registration_form.h"

#include "notices/registration_buildings.h"
#include "survey/households/codes.h"

#include <algorithm>

namespace survey::notices {

namespace {
using households::HouseholdRecord;
using households::kDecorationKind;
using households::labelFor;

constexpr const char* kNone = "—";
constexpr const char* kStatement =
    "被调查户已核对本表所列调查内容，确认属实。签字所确认的内容以页脚“内容摘要”为准；"
    "本表内容此后如有变更，原签字即失效，须重新核对签字。";

std::string orNone(std::string_view s) {
    return s.empty() ? kNone : std::string(s);
}

Section basicSection(const HouseholdRecord& h) {
    std::string project = h.projectName;
    if (!h.projectCode.empty())
        project += (project.empty() ? "" : " ") + std::string("（") + h.projectCode + "）";
    KeyValueBlock kv;
    kv.rows = {
        {"项目", orNone(project), true},
        {"户号", orNone(h.code)},
        {"门牌号", orNone(h.doorNo)},
        {"坐落", orNone(h.address), true},
        {"户主", orNone(h.headName)},
        {"身份证号", orNone(h.headIdNumber)},
        {"联系电话", orNone(h.headPhone)},
        {"权属", orNone(labelFor(households::tenureCodes(), h.tenure))},
        {"不动产权证号", orNone(h.titleNo)},
        {"房屋所有权证号", orNone(h.houseCertNo)},
        {"土地使用证号", orNone(h.landCertNo)},
        {"土地性质", orNone(labelFor(households::landTypeCodes(), h.landType))},
        {"批准用途", orNone(labelFor(households::useCodes(), h.approvedUse))},
        {"实际用途", orNone(labelFor(households::useCodes(), h.actualUse))},
    };
    // A licence only exists where the house is used commercially; an empty line on every
    // residential form would read as a missing document.
    if (!h.businessLicence.empty())
        kv.rows.push_back({"营业执照号", h.businessLicence});
    kv.rows.push_back({"备注", orNone(h.notes), true});
    return {"基本情况", kv};
}

Section membersSection(const HouseholdRecord& h) {
    Table t;
    t.columns = {{"姓名", 3}, {"与户主关系", 3}, {"身份证号", 6}, {"联系电话", 4}, {"特殊情况", 4}};
    for (const auto& m : h.members)
        t.rows.push_back(
            {{orNone(m.name), orNone(labelFor(households::relationCodes(), m.relation)),
              orNone(m.idNumber), orNone(m.phone), orNone(m.circumstances)}});
    return {"家庭成员", t};
}

/// Quantity in thousandths as a plain decimal without trailing zeros: 12500 → "12.5".
std::string quantity(const std::optional<std::int64_t>& milli) {
    if (!milli)
        return kNone;
    const std::int64_t v = *milli;
    const std::int64_t whole = v / 1000, frac = (v < 0 ? -v : v) % 1000;
    std::string out = (v < 0 && whole == 0 ? "-" : "") + std::to_string(whole);
    if (frac != 0) {
        std::string digits = std::to_string(1000 + frac).substr(1);
        digits.erase(digits.find_last_not_of('0') + 1);
        out += "." + digits;
    }
    return out;
}

/// The items of one kind as a numbered table. Items without a kind (the server's older
/// records) are ancillary items 附属物; decoration 装修 is recorded as such explicitly.
Section itemsSection(const HouseholdRecord& h, bool decoration, std::string title) {
    Table t;
    t.columns = {{"序号", 2}, {"名称", 6}, {"规格", 8}, {"单位", 3}, {"数量", 4, true}};
    int no = 0;
    for (const auto& i : h.items)
        if ((i.kind == kDecorationKind) == decoration)
            t.rows.push_back({{std::to_string(++no), orNone(i.name), orNone(i.spec), orNone(i.unit),
                               quantity(i.quantityMilli)}});
    return {std::move(title), t};
}

bool hasDecoration(const HouseholdRecord& h) {
    return std::any_of(h.items.begin(), h.items.end(),
                       [](const auto& i) { return i.kind == kDecorationKind; });
}

std::string roleLabel(std::string_view role) {
    if (role == "head")
        return "户主";
    if (role == "member")
        return "家庭成员";
    if (role == "surveyor")
        return "调查员";
    if (role == "witness")
        return "见证人";
    return std::string(role);
}

Section signatureSection(const HouseholdRecord& h, const std::string& hash) {
    SignatureBlock block{kStatement, {}};
    for (const auto& s : h.signatures) {
        std::string at = s.signedAt;
        std::replace(at.begin(), at.end(), 'T', ' ');
        block.rows.push_back({roleLabel(s.role), orNone(s.signerName), orNone(at),
                              s.signedHash == hash ? kSignatureValid : kSignatureStale});
    }
    return {"调查结果确认", block};
}

/// Everything the household confirms, i.e. the form without its signature section.
NoticeDocument formBody(const HouseholdRecord& h, const measure::AreaSettings& settings) {
    NoticeDocument doc;
    doc.title = "房屋调查登记表";
    doc.subtitle = h.projectName;
    doc.sections.push_back(basicSection(h));
    doc.sections.push_back(membersSection(h));
    for (auto& s : buildingSections(h.buildings, settings))
        doc.sections.push_back(std::move(s));
    doc.sections.push_back(itemsSection(h, false, "附属物"));
    // Only when there is decoration: the content (and so the hash signatures bind to) of a
    // form without any stays exactly what it was before decoration was recorded.
    if (hasDecoration(h))
        doc.sections.push_back(itemsSection(h, true, "装修"));
    return doc;
}
} // namespace

NoticeDocument buildRegistrationForm(const HouseholdRecord& household,
                                     const measure::AreaSettings& settings) {
    NoticeDocument doc = formBody(household, settings);
    const std::string hash = contentHash(doc);
    doc.sections.push_back(signatureSection(household, hash));
    return doc;
}

std::string formContentHash(const HouseholdRecord& household,
                            const measure::AreaSettings& settings) {
    return contentHash(formBody(household, settings));
}

} // namespace survey::notices
