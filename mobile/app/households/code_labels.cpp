// SPDX-License-Identifier: Apache-2.0
#include "households/code_labels.h"

#include "survey/households/codes.h"
#include "survey/measure/area_rules.h"

#include <span>
#include <string_view>
#include <vector>

namespace survey::app {

namespace {

using households::CodeLabel;

// English labels keyed by wire code; one flat table is enough because codes that occur in
// several tables ("other") mean the same thing in each.
constexpr CodeLabel kEnglish[] = {
    // tenure
    {"private", "Private"},
    {"public_direct", "Public (directly managed)"},
    {"work_unit", "Work-unit owned"},
    {"co_owned", "Co-owned"},
    {"other", "Other"},
    // use
    {"residential", "Residential"},
    {"commercial", "Commercial"},
    {"office", "Office"},
    {"production", "Production"},
    {"warehouse", "Warehouse"},
    // land type
    {"granted", "Granted"},
    {"allocated", "Allocated"},
    // structure
    {"01", "Steel"},
    {"02", "Steel / reinforced concrete"},
    {"03", "Reinforced concrete"},
    {"04", "Mixed"},
    {"05", "Brick and timber"},
    {"06", "Other structure"},
    // relation
    {"self", "Self"},
    {"spouse", "Spouse"},
    {"child", "Child"},
    {"parent", "Parent"},
    {"grandchild", "Grandchild"},
    {"sibling", "Sibling"},
    {"in_law", "Child-in-law"},
    // household status
    {"not_surveyed", "Not surveyed"},
    {"notified", "Notified"},
    {"in_progress", "In progress"},
    {"awaiting_signature", "Awaiting signature"},
    {"signed", "Signed"},
    {"refused", "Refused"},
    {"absent", "No access"},
    {"submitted", "Submitted"},
    {"returned", "Returned"},
    {"approved", "Approved"},
    {"posted", "Posted"},
    {"recognizing", "Recognition pending"},
    {"recognized", "Recognized"},
    {"recognition_posted", "Recognition posted"},
    // recognition
    {"registered", "Registered"},
    {"pending", "Awaiting recognition"},
    {"legal", "Legal"},
    {"temporary_valid", "Temporary, within permit"},
    {"temporary_expired", "Temporary, expired"},
    {"illegal", "Illegal"},
    {"self_demolished", "Removed by owner"},
    {"legalized", "Legalised"},
    // photo categories
    {"facade", "Front / exterior"},
    {"interior", "Interior"},
    {"document", "Papers"},
    {"ancillary", "Ancillary item"},
    {"measurement", "Measurement"},
    {"refusal_scene", "Refusal on site"},
    // part kinds
    {"room", "Room"},
    {"balcony_inside", "Balcony (inside structure)"},
    {"balcony_outside", "Balcony (outside structure)"},
    {"bay_window", "Bay window"},
    {"sloped_roof", "Sloped-roof space"},
    {"stair", "Stairwell"},
    {"stilt", "Stilt floor"},
};

constexpr measure::PartKind kPartKinds[] = {
    measure::PartKind::Room,           measure::PartKind::BalconyInside,
    measure::PartKind::BalconyOutside, measure::PartKind::BayWindow,
    measure::PartKind::SlopedRoof,     measure::PartKind::Stair,
    measure::PartKind::Stilt,          measure::PartKind::Other,
};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The shared Chinese table of `table`; part kinds live with the area rules, not in codes.h.
std::vector<CodeLabel> chineseTable(CodeTable table) {
    auto copy = [](std::span<const CodeLabel> s) {
        return std::vector<CodeLabel>(s.begin(), s.end());
    };
    switch (table) {
    case CodeTable::Tenure:
        return copy(households::tenureCodes());
    case CodeTable::Use:
        return copy(households::useCodes());
    case CodeTable::LandType:
        return copy(households::landTypeCodes());
    case CodeTable::Structure:
        return copy(households::structureCodes());
    case CodeTable::Relation:
        return copy(households::relationCodes());
    case CodeTable::Status:
        return copy(households::statusCodes());
    case CodeTable::Recognition:
        return copy(households::recognitionCodes());
    case CodeTable::PhotoCategory:
        return copy(households::photoCategoryCodes());
    case CodeTable::PartKind:
        break;
    }
    std::vector<CodeLabel> kinds;
    for (auto kind : kPartKinds)
        kinds.push_back({measure::partKindCode(kind), measure::partKindLabel(kind)});
    return kinds;
}

QString englishLabel(std::string_view code) {
    for (const auto& e : kEnglish)
        if (e.code == code)
            return qs(e.label);
    return qs(code);
}

} // namespace

std::optional<CodeTable> codeTableFromName(QStringView name) {
    static constexpr std::pair<std::u16string_view, CodeTable> kNames[] = {
        {u"tenure", CodeTable::Tenure},
        {u"use", CodeTable::Use},
        {u"landType", CodeTable::LandType},
        {u"structure", CodeTable::Structure},
        {u"relation", CodeTable::Relation},
        {u"status", CodeTable::Status},
        {u"recognition", CodeTable::Recognition},
        {u"partKind", CodeTable::PartKind},
        {u"photoCategory", CodeTable::PhotoCategory},
    };
    for (const auto& [n, t] : kNames)
        if (name == QStringView(n.data(), static_cast<qsizetype>(n.size())))
            return t;
    return std::nullopt;
}

QList<CodeEntry> codeEntries(CodeTable table, bool english) {
    QList<CodeEntry> out;
    for (const auto& e : chineseTable(table))
        out.append({qs(e.code), english ? englishLabel(e.code) : qs(e.label)});
    return out;
}

QString codeLabel(CodeTable table, const QString& code, bool english) {
    const QByteArray utf8 = code.toUtf8();
    const std::string_view c(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    for (const auto& e : chineseTable(table))
        if (e.code == c)
            return english ? englishLabel(c) : qs(e.label);
    return code;
}

} // namespace survey::app
