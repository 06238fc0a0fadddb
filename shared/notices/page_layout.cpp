// SPDX-License-Identifier: Apache-2.0
#include "notices/page_layout.h"

#include "notices/text_wrap.h"

#include <QStringList>
#include <algorithm>
#include <numeric>

namespace survey::notices {

namespace {
/// 1 pt in layout units.
constexpr double kPt = 25.4 / 72.0 * kUnitsPerMm;
constexpr double kContentLeft = kMargin;
constexpr double kLineFactor = 1.35; ///< line height / font size; CJK needs more than Latin
constexpr double kCellPadX = 1.5 * kUnitsPerMm;
constexpr double kCellPadY = 1.0 * kUnitsPerMm;
constexpr double kFooterLine = 7 * kPt * 1.5;
constexpr double kQrSize = 24 * kUnitsPerMm;
constexpr double kSectionGap = 4 * kUnitsPerMm;
constexpr double kLabelWidth = 34 * kUnitsPerMm; ///< label cell of a key-value pair

double contentWidth(const Paper& paper) {
    return paper.width - 2 * kMargin;
}

double footerTop(const Paper& paper) {
    return paper.height - kMargin - 2 * kFooterLine;
}

double fontSize(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return 20 * kPt;
    case FontRole::Subtitle:
        return 11 * kPt;
    case FontRole::Heading:
        return 11.5 * kPt;
    case FontRole::Body:
        return 10 * kPt;
    case FontRole::Cell:
    case FontRole::CellBold:
        return 9.5 * kPt;
    case FontRole::Footer:
        return 7 * kPt;
    }
    return 10 * kPt;
}

double lineHeight(FontRole role) {
    return fontSize(role) * kLineFactor;
}

/// A block of wrapped lines in one font.
struct Lines {
    QStringList text;
    FontRole role;
    double height() const { return text.size() * lineHeight(role); }
};

Lines wrap(const std::string& text, FontRole role, double width) {
    return {wrapText(QString::fromStdString(text), noticeFont(role), width), role};
}

/// A table cell's content before placement.
struct Cell {
    Lines lines;
    Qt::Alignment align;
    double width;
    bool shaded = false;
};

using Row = std::vector<Cell>;

Cell cell(const std::string& s, double width, FontRole role, Qt::Alignment a, bool shaded = false) {
    return {wrap(s, role, width - 2 * kCellPadX), a, width, shaded};
}

double rowHeight(const Row& row) {
    double h = 0;
    for (const auto& c : row)
        h = std::max(h, c.lines.height());
    return h + 2 * kCellPadY;
}

/// Places a document's blocks onto pages top to bottom, breaking between rows and lines.
class Layouter {
  public:
    explicit Layouter(const Paper& paper)
        : paper_(paper), width_(contentWidth(paper)),
          bodyBottom_(footerTop(paper) - 4 * kUnitsPerMm) {}

    std::vector<LaidOutPage> run(const NoticeDocument& doc) {
        newPage();
        titleBlock(doc);
        for (std::size_t i = 0; i < doc.sections.size(); ++i) {
            const Section& s = doc.sections[i];
            closingNext_ = i + 1 < doc.sections.size() ? closingHeight(doc.sections[i + 1]) : 0;
            std::visit([&](const auto& body) { section(QString::fromStdString(s.heading), body); },
                       s.body);
        }
        return std::move(pages_);
    }

  private:
    const Paper paper_;
    const double width_;      ///< of the content between the margins
    const double bodyBottom_; ///< where the body must end to keep clear of the footer
    std::vector<LaidOutPage> pages_;
    double y_ = 0;
    double top_ = 0;         ///< where the current page's body starts
    double closingNext_ = 0; ///< height of the closing after the current section, if any

    void newPage() {
        pages_.emplace_back();
        y_ = top_ = kMargin;
    }
    bool fits(double h) const { return y_ + h <= bodyBottom_; }
    /// Starts a new page unless `h` fits. A block taller than a whole page is placed on the
    /// page it starts on (and overflows) rather than producing empty pages before it.
    bool ensure(double h) {
        if (fits(h) || y_ <= top_)
            return false;
        newPage();
        return true;
    }
    void text(const QRectF& r, const QString& s, FontRole role, Qt::Alignment a) {
        pages_.back().texts.push_back({r, s, role, a});
    }

    void lines(const Lines& l, double x, double y, double w, Qt::Alignment a) {
        const double lh = lineHeight(l.role);
        for (int i = 0; i < l.text.size(); ++i)
            text({x, y + i * lh, w, lh}, l.text[i], l.role, a | Qt::AlignVCenter);
    }

    void titleBlock(const NoticeDocument& doc) {
        // The title is centred on the page; the subtitle keeps clear of the QR code on
        // both sides so that it stays centred too.
        const double sideGap = kQrSize + 6 * kUnitsPerMm;
        const double innerWidth = width_ - 2 * sideGap;
        double y = kMargin + 6 * kUnitsPerMm;
        const Lines title = wrap(doc.title, FontRole::Title, innerWidth);
        lines(title, kContentLeft + sideGap, y, innerWidth, Qt::AlignHCenter);
        y += title.height() + 2 * kUnitsPerMm;
        if (!doc.subtitle.empty()) {
            const Lines sub = wrap(doc.subtitle, FontRole::Subtitle, innerWidth);
            lines(sub, kContentLeft + sideGap, y, innerWidth, Qt::AlignHCenter);
            y += sub.height();
        }
        y_ = top_ = std::max(y, qrSerialRect(paper_).bottom()) + kSectionGap;
    }

    void heading(const QString& s) {
        if (s.isEmpty())
            return;
        const double h = lineHeight(FontRole::Heading);
        text({kContentLeft, y_, width_, h}, s, FontRole::Heading, Qt::AlignLeft | Qt::AlignVCenter);
        y_ += h + 1 * kUnitsPerMm;
    }
    double headingHeight(const QString& s) const {
        return s.isEmpty() ? 0 : lineHeight(FontRole::Heading) + 1 * kUnitsPerMm;
    }

    /// Draws a row of cells at the cursor and advances it.
    void row(const Row& cells, double height) {
        double x = kContentLeft;
        for (const auto& c : cells) {
            pages_.back().boxes.push_back({{x, y_, c.width, height}, c.shaded});
            const double top = y_ + (height - c.lines.height()) / 2;
            lines(c.lines, x + kCellPadX, top, c.width - 2 * kCellPadX, c.align);
            x += c.width;
        }
        y_ += height;
    }

    /// Rows under a heading, broken between rows; `repeat` rows (a table header) and the
    /// heading marked 续 are repeated on each continuation page.
    void rows(const QString& head, const std::vector<Row>& repeat, const std::vector<Row>& body) {
        double repeatHeight = 0;
        for (const auto& r : repeat)
            repeatHeight += rowHeight(r);
        const double first = body.empty() ? 0 : rowHeight(body.front());
        // Keep the heading with the header and the first row.
        ensure(headingHeight(head) + repeatHeight + first);
        heading(head);
        for (const auto& r : repeat)
            row(r, rowHeight(r));
        for (const auto& r : body) {
            const double h = rowHeight(r);
            if (ensure(h)) {
                heading(head.isEmpty() ? head : head + QStringLiteral("（续）"));
                for (const auto& rr : repeat)
                    row(rr, rowHeight(rr));
            }
            row(r, h);
        }
        y_ += kSectionGap;
    }

    void section(const QString& head, const KeyValueBlock& kv) {
        const double pairValue = width_ / 2 - kLabelWidth;
        const double wideValue = width_ - kLabelWidth;
        std::vector<Row> body;
        Row pending;
        auto flush = [&] {
            if (pending.empty())
                return;
            // An odd pair before a wide row gets an empty right half so the grid stays whole.
            if (pending.size() == 2) {
                pending.push_back(cell("", kLabelWidth, FontRole::Cell, Qt::AlignLeft, true));
                pending.push_back(cell("", pairValue, FontRole::Cell, Qt::AlignLeft));
            }
            body.push_back(std::move(pending));
            pending.clear();
        };
        for (const auto& r : kv.rows) {
            if (r.wide)
                flush();
            pending.push_back(cell(r.label, kLabelWidth, FontRole::Cell, Qt::AlignLeft, true));
            pending.push_back(
                cell(r.value, r.wide ? wideValue : pairValue, FontRole::Cell, Qt::AlignLeft));
            if (r.wide || pending.size() == 4) {
                body.push_back(std::move(pending));
                pending.clear();
            }
        }
        flush();
        rows(head, {}, body);
    }

    void section(const QString& head, const Table& t) {
        const int total = std::accumulate(t.columns.begin(), t.columns.end(), 0,
                                          [](int s, const TableColumn& c) { return s + c.weight; });
        std::vector<double> widths;
        for (const auto& c : t.columns)
            widths.push_back(width_ * c.weight / std::max(total, 1));
        Row header;
        for (std::size_t i = 0; i < t.columns.size(); ++i)
            header.push_back(
                cell(t.columns[i].header, widths[i], FontRole::CellBold, Qt::AlignHCenter, true));
        std::vector<Row> body;
        for (const auto& r : t.rows) {
            Row out;
            const FontRole role = r.emphasis ? FontRole::CellBold : FontRole::Cell;
            for (std::size_t i = 0; i < t.columns.size(); ++i) {
                const std::string& s = i < r.cells.size() ? r.cells[i] : std::string();
                out.push_back(cell(s, widths[i], role,
                                   t.columns[i].numeric ? Qt::AlignRight : Qt::AlignLeft));
            }
            body.push_back(std::move(out));
        }
        // An empty table still prints one row, so "none recorded" is visibly stated.
        if (body.empty()) {
            Row none;
            for (std::size_t i = 0; i < widths.size(); ++i)
                none.push_back(cell(i == 0 ? "无" : "", widths[i], FontRole::Cell, Qt::AlignLeft));
            body.push_back(std::move(none));
        }
        rows(head, {header}, body);
    }

    /// The height of `s` if it is a closing (a right-aligned paragraph: issuing body and
    /// date), else 0.
    double closingHeight(const Section& s) const {
        const auto* p = std::get_if<Paragraph>(&s.body);
        if (!p || p->align != ParagraphAlign::Right)
            return 0;
        return headingHeight(QString::fromStdString(s.heading)) +
               wrap(p->text, FontRole::Body, width_).height();
    }

    void section(const QString& head, const Paragraph& p) { paragraph(head, p, closingNext_); }

    /// A paragraph broken between lines, at least two lines on its first page. A closing is
    /// kept whole, and `keepWithNext` (the height of a closing that follows) keeps the last
    /// line with it: a closing alone at the top of a page reads as detached from the notice.
    void paragraph(const QString& head, const Paragraph& p, double keepWithNext) {
        const Lines all = wrap(p.text, FontRole::Body, width_);
        const double lh = lineHeight(FontRole::Body);
        const bool closing = p.align == ParagraphAlign::Right;
        ensure(headingHeight(head) +
               (closing ? all.height() : lh * std::min<qsizetype>(2, all.text.size())));
        heading(head);
        const Qt::Alignment align = closing ? Qt::AlignRight : Qt::AlignLeft;
        for (qsizetype i = 0; i < all.text.size(); ++i) {
            const bool last = i + 1 == all.text.size();
            ensure(last && keepWithNext > 0 ? lh + kSectionGap / 2 + keepWithNext : lh);
            text({kContentLeft, y_, width_, lh}, all.text[i], FontRole::Body,
                 align | Qt::AlignVCenter);
            y_ += lh;
        }
        y_ += kSectionGap / 2;
    }

    void section(const QString& head, const SignatureBlock& s) {
        paragraph(head, Paragraph{s.statement}, 0);
        Table t;
        t.columns = {{"签字人身份", 3}, {"姓名", 3}, {"签字时间", 5}, {"状态", 4}};
        for (const auto& r : s.rows)
            t.rows.push_back({{r.role, r.name, r.signedAt, r.status}, r.status != kSignatureValid});
        section(QString(), t);
    }
};
} // namespace

QFont noticeFont(FontRole role) {
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    // Serif CJK as the fallback: both come with fonts-noto-cjk and cover CJK and Latin, so
    // digits never fall through to a Latin-only font with different metrics.
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")});
    font.setPixelSize(qRound(fontSize(role)));
    // Unhinted outlines: glyph advances then do not depend on the device resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Plain cmap glyphs, no OpenType substitution: Qt's PDF font subset maps only cmap
    // glyphs back to Unicode, so substituted digits (as in "CD-0017") would print but be
    // lost to text extraction, search and screen readers. CJK and Latin need no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    const bool bold =
        role == FontRole::Title || role == FontRole::Heading || role == FontRole::CellBold;
    font.setWeight(bold ? QFont::Bold : QFont::Normal);
    return font;
}

Paper paperFor(const NoticeDocument& doc) {
    if (doc.orientation == PageOrientation::Landscape)
        return {kA4Long, kA4Short};
    return {};
}

QRectF qrCodeRect(const Paper& paper) {
    return {paper.width - kMargin - kQrSize, kMargin, kQrSize, kQrSize};
}

QRectF qrSerialRect(const Paper& paper) {
    const QRectF qr = qrCodeRect(paper);
    const double w = kQrSize + 16 * kUnitsPerMm;
    return {qr.center().x() - w / 2, qr.bottom(), w, kFooterLine};
}

QRectF footerIssueRect(const Paper& paper) {
    return {kContentLeft, footerTop(paper), contentWidth(paper), kFooterLine};
}

QRectF footerHashRect(const Paper& paper) {
    return {kContentLeft, footerTop(paper) + kFooterLine, contentWidth(paper), kFooterLine};
}

std::vector<LaidOutPage> layoutPages(const NoticeDocument& doc) {
    return Layouter(paperFor(doc)).run(doc);
}

} // namespace survey::notices
