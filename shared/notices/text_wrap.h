// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace survey::notices {

/// Breaks `text` into lines no wider than `width` (in the font's pixel units), honouring
/// explicit newlines and Unicode line-breaking rules (CJK breaks between characters, Latin
/// words and numbers stay whole unless longer than a line). Always returns at least one line.
QStringList wrapText(const QString& text, const QFont& font, double width);

} // namespace survey::notices
