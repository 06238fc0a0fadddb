// SPDX-License-Identifier: Apache-2.0
#include "notices/pdf_text_map.h"

#include <QHash>
#include <QRawFont>
#include <vector>

namespace survey::notices {

namespace {
bool isUnifiedIdeograph(char16_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/// Glyph index → the unified ideograph the font maps to it (the lowest, when several).
QHash<quint32, char16_t> ideographByGlyph(const QRawFont& raw) {
    std::vector<QChar> chars;
    for (char16_t c : {char16_t{0x3400}, char16_t{0x4E00}})
        for (char16_t x = c; isUnifiedIdeograph(x); ++x)
            chars.push_back(QChar(x));
    std::vector<quint32> glyphs(chars.size());
    int count = static_cast<int>(glyphs.size());
    raw.glyphIndexesForChars(chars.data(), static_cast<int>(chars.size()), glyphs.data(), &count);
    QHash<quint32, char16_t> byGlyph;
    for (int i = count - 1; i >= 0; --i)
        if (glyphs[static_cast<std::size_t>(i)] != 0)
            byGlyph.insert(glyphs[static_cast<std::size_t>(i)],
                           chars[static_cast<std::size_t>(i)].unicode());
    return byGlyph;
}

/// Rewrites the destination code points of one "beginbfrange … endbfrange" block.
class RangeBlockRepair {
  public:
    explicit RangeBlockRepair(const QRawFont& raw) : raw_(raw), byGlyph_(ideographByGlyph(raw)) {}

    void apply(QByteArray& pdf, qsizetype from, qsizetype to) const {
        qsizetype pos = from;
        while (pos < to) {
            qsizetype eol = pdf.indexOf('\n', pos);
            if (eol < 0 || eol > to)
                eol = to;
            line(pdf, pos, eol);
            pos = eol + 1;
        }
    }

  private:
    const QRawFont& raw_;
    QHash<quint32, char16_t> byGlyph_;

    // "<start> <end> <dest>" or "<start> <end> [<dest> <dest> …]"; a single <dest> for a
    // range of several glyphs means consecutive code points and is left alone.
    void line(QByteArray& pdf, qsizetype begin, qsizetype end) const {
        std::vector<qsizetype> hex;
        for (qsizetype p = pdf.indexOf('<', begin); p >= 0 && p < end; p = pdf.indexOf('<', p + 1))
            hex.push_back(p + 1);
        if (hex.size() < 3)
            return;
        const bool array = pdf.indexOf('[', begin) >= 0 && pdf.indexOf('[', begin) < end;
        if (!array && pdf.mid(hex[0], 4) != pdf.mid(hex[1], 4))
            return;
        for (std::size_t i = 2; i < hex.size(); ++i)
            destination(pdf, hex[i]);
    }

    void destination(QByteArray& pdf, qsizetype at) const {
        if (at + 4 >= pdf.size() || pdf.at(at + 4) != '>')
            return; // not one UTF-16 unit
        bool ok = false;
        const auto code = static_cast<char16_t>(pdf.mid(at, 4).toUShort(&ok, 16));
        if (!ok || isUnifiedIdeograph(code))
            return;
        const QChar ch(code);
        quint32 glyph = 0;
        int count = 1;
        if (!raw_.glyphIndexesForChars(&ch, 1, &glyph, &count) || glyph == 0)
            return;
        const auto found = byGlyph_.constFind(glyph);
        if (found == byGlyph_.constEnd())
            return;
        pdf.replace(at, 4, QByteArray::number(*found, 16).toUpper().rightJustified(4, '0'));
    }
};
} // namespace

void repairCjkTextMap(QByteArray& pdf, const QFont& font) {
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return;
    const RangeBlockRepair repair(raw);
    static const QByteArray kBegin("beginbfrange\n"), kEnd("endbfrange");
    // Only inside ToUnicode CMaps: Qt writes them uncompressed, after "begincmap".
    for (qsizetype cmap = pdf.indexOf("begincmap\n"); cmap >= 0;
         cmap = pdf.indexOf("begincmap\n", cmap + 1)) {
        const qsizetype stop = pdf.indexOf("endcmap", cmap);
        if (stop < 0)
            return;
        for (qsizetype b = pdf.indexOf(kBegin, cmap); b >= 0 && b < stop;
             b = pdf.indexOf(kBegin, b + 1)) {
            const qsizetype e = pdf.indexOf(kEnd, b);
            if (e < 0 || e > stop)
                break;
            repair.apply(pdf, b + kBegin.size(), e);
        }
    }
}

} // namespace survey::notices
