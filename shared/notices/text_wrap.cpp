// SPDX-License-Identifier: Apache-2.0
#include "notices/text_wrap.h"

#include <QTextLayout>
#include <QTextOption>

namespace survey::notices {

QStringList wrapText(const QString& text, const QFont& font, double width) {
    QStringList lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        // Lines are measured here once and painted one by one later, so that page breaks
        // and row heights never depend on the paint device.
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        int count = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString part = paragraph.mid(line.textStart(), line.textLength());
            // Trailing spaces belong to the break, not to the printed line.
            qsizetype end = part.size();
            while (end > 0 && part.at(end - 1).isSpace())
                --end;
            lines << part.left(end);
            ++count;
        }
        layout.endLayout();
        if (count == 0)
            lines << QString();
    }
    return lines;
}

} // namespace survey::notices
