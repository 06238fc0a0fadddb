// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QFont>

namespace survey::notices {

/// Repairs the text layer of a PDF written by QPdfWriter with `font`, in place.
///
/// Qt's ToUnicode map gives each embedded glyph the lowest code point the font maps to it.
/// CJK fonts share many ideograph glyphs with radical and stroke code points that sort
/// lower (页 with ⻚ U+2EDA, 门 with ⻔ U+2EC6, 一 with ⼀ U+2F00), so copied or extracted
/// text would hold look-alike radicals that search and comparison do not match. This maps
/// such entries back to the CJK unified ideograph that shares the glyph. Entries are
/// rewritten with the same number of bytes, so the PDF's cross-reference offsets stay valid.
void repairCjkTextMap(QByteArray& pdf, const QFont& font);

} // namespace survey::notices
