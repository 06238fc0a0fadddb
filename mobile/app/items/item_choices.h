// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace survey::app {

/// The two kinds of item a household's record lists, as stored in items.kind.
enum class ItemKind { Ancillary, Decoration };

/// ItemKind from the stored text; anything but "decoration" (including the server's items
/// without a kind) is an ancillary item, as the registration form treats it.
ItemKind itemKindFromCode(const QString& code);
/// The stored text of a kind: "ancillary" or "decoration".
QString itemKindCode(ItemKind kind);

/// The common names offered as quick choices for `kind` (围墙, 院坪… for 附属物; 地砖,
/// 吊顶… for 装修): [{value, label}], the value stored as the Chinese word the form prints,
/// the label in the UI language.
QVariantList itemNameChoices(ItemKind kind);

/// The units a surveyor measures `kind` in, as stored and printed (m, m², m³, 个, 棵, 项).
QStringList itemUnits(ItemKind kind);

} // namespace survey::app
