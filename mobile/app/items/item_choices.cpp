// SPDX-License-Identifier: Apache-2.0
#include "items/item_choices.h"

#include "app/language.h"
#include "survey/households/household_record.h"

#include <QCoreApplication>
#include <span>

namespace survey::app {

namespace {
struct NameChoice {
    const char* value; ///< stored as is, the word the registration form prints
    const char* english;
};

// 附属物 the domain lists first, in the order surveyors meet them walking in from the street.
constexpr NameChoice kAncillaryNames[] = {
    {"围墙", QT_TRANSLATE_NOOP("ItemEditor", "Boundary wall")},
    {"大门", QT_TRANSLATE_NOOP("ItemEditor", "Gate")},
    {"院坪", QT_TRANSLATE_NOOP("ItemEditor", "Paved yard")},
    {"水井", QT_TRANSLATE_NOOP("ItemEditor", "Well")},
    {"化粪池", QT_TRANSLATE_NOOP("ItemEditor", "Septic tank")},
    {"树木", QT_TRANSLATE_NOOP("ItemEditor", "Tree")},
    {"棚", QT_TRANSLATE_NOOP("ItemEditor", "Shed")},
    {"水池", QT_TRANSLATE_NOOP("ItemEditor", "Water tank")},
};

constexpr NameChoice kDecorationNames[] = {
    {"地砖", QT_TRANSLATE_NOOP("ItemEditor", "Floor tiles")},
    {"木地板", QT_TRANSLATE_NOOP("ItemEditor", "Wooden floor")},
    {"吊顶", QT_TRANSLATE_NOOP("ItemEditor", "Suspended ceiling")},
    {"墙面涂料", QT_TRANSLATE_NOOP("ItemEditor", "Wall paint")},
    {"墙砖", QT_TRANSLATE_NOOP("ItemEditor", "Wall tiles")},
    {"木门", QT_TRANSLATE_NOOP("ItemEditor", "Wooden door")},
    {"铝合金窗", QT_TRANSLATE_NOOP("ItemEditor", "Aluminium window")},
    {"防盗网", QT_TRANSLATE_NOOP("ItemEditor", "Security grille")},
    {"橱柜", QT_TRANSLATE_NOOP("ItemEditor", "Kitchen cabinets")},
};

std::span<const NameChoice> namesOf(ItemKind kind) {
    if (kind == ItemKind::Decoration)
        return kDecorationNames;
    return kAncillaryNames;
}
} // namespace

// The stored words are the shared ones, so that the registration form files each item
// under the section the tablet showed it in.
ItemKind itemKindFromCode(const QString& code) {
    return code.toStdString() == households::kDecorationKind ? ItemKind::Decoration
                                                             : ItemKind::Ancillary;
}

QString itemKindCode(ItemKind kind) {
    const std::string_view code =
        kind == ItemKind::Decoration ? households::kDecorationKind : households::kAncillaryKind;
    return QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
}

QVariantList itemNameChoices(ItemKind kind) {
    QVariantList out;
    for (const auto& c : namesOf(kind)) {
        const QString value = QString::fromUtf8(c.value);
        const QString label =
            Language::isEnglish() ? QCoreApplication::translate("ItemEditor", c.english) : value;
        out.append(QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}});
    }
    return out;
}

QStringList itemUnits(ItemKind kind) {
    // Decoration is priced by area, length or as a whole job (项); ancillary items also by
    // volume (septic tanks, pools), piece and tree (棵).
    if (kind == ItemKind::Decoration)
        return {QStringLiteral("m²"), QStringLiteral("m"), QStringLiteral("项"),
                QStringLiteral("个")};
    return {QStringLiteral("m"), QStringLiteral("m²"), QStringLiteral("m³"), QStringLiteral("个"),
            QStringLiteral("棵")};
}

} // namespace survey::app
