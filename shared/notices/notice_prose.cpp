// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_prose.h"

#include "notices/notice_dates.h"

namespace survey::notices {

std::string orNone(std::string_view s) {
    return s.empty() ? kNone : std::string(s);
}

std::string orBlank(std::string_view s) {
    return s.empty() ? "＿＿＿＿" : std::string(s);
}

std::string proseDate(std::string_view iso) {
    return iso.empty() ? "＿＿年＿＿月＿＿日" : chineseDate(iso);
}

Section indented(std::string text) {
    // Ideographic spaces: two of them are exactly two characters wide in any CJK font.
    return {"", Paragraph{"\u3000\u3000" + std::move(text)}};
}

Section closing(std::string_view authority, std::string_view isoDate) {
    return {"", Paragraph{"\n" + orBlank(authority) + "\n" + proseDate(isoDate),
                          ParagraphAlign::Right}};
}

Section addressee(const households::HouseholdRecord& h) {
    std::string who = h.headName.empty() ? "被调查户" : h.headName;
    if (!h.code.empty())
        who += "（户编号：" + h.code + "）";
    return {"", Paragraph{who + "："}};
}

std::string householdLocation(const households::HouseholdRecord& h) {
    std::string out = orBlank(h.address);
    if (!h.doorNo.empty())
        out += "（门牌号：" + h.doorNo + "）";
    return out;
}

std::string locationCell(const households::HouseholdRecord& h) {
    if (h.doorNo.empty())
        return orNone(h.address);
    return h.address.empty() ? h.doorNo : h.address + " " + h.doorNo;
}

std::string projectName(std::string_view name, std::string_view code) {
    std::string out = orBlank(name);
    if (!code.empty())
        out += "（项目编号：" + std::string(code) + "）";
    return out;
}

} // namespace survey::notices
