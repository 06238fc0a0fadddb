// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <vector>

// Page layout of a notice, shared by the PDF and the on-screen rendering. Everything is in
// layout units of 0.1 mm on an A4 page, independent of the paint device, so that the same
// text breaks at the same places on the tablet screen and in the issued PDF.
namespace survey::notices {

/// Layout units per millimetre.
inline constexpr double kUnitsPerMm = 10.0;
/// The sides of A4 in layout units.
inline constexpr double kA4Short = 210.0 * kUnitsPerMm;
inline constexpr double kA4Long = 297.0 * kUnitsPerMm;
/// Page margin on all four sides.
inline constexpr double kMargin = 15.0 * kUnitsPerMm;

/// The typographic roles used on a notice.
enum class FontRole { Title, Subtitle, Heading, Body, Cell, CellBold, Footer };

/// The font for a role, sized in layout units, with explicit CJK families so that Chinese
/// text and digits come from the same embedded font rather than a fontconfig guess.
QFont noticeFont(FontRole role);

/// One line of text to draw inside `rect` (single line, never wrapped at paint time).
struct TextRun {
    QRectF rect;
    QString text;
    FontRole role = FontRole::Body;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
};

/// A bordered cell, optionally shaded (labels, table headers).
struct CellBox {
    QRectF rect;
    bool shaded = false;
};

/// Everything on one page except the issue metadata (QR code, serial, page numbers, hash),
/// which the painter adds once the page count is known.
struct LaidOutPage {
    std::vector<CellBox> boxes;
    std::vector<TextRun> texts;
};

/// The sheet a document is laid out on, in layout units.
struct Paper {
    double width = kA4Short;
    double height = kA4Long;
};

/// A4 in the document's orientation.
Paper paperFor(const NoticeDocument& doc);

/// Where page 1 keeps room for the verification QR code.
QRectF qrCodeRect(const Paper& paper);
/// Where the serial is printed under the QR code on page 1.
QRectF qrSerialRect(const Paper& paper);
/// The two footer lines (issue line, content hash line) at the bottom of every page.
QRectF footerIssueRect(const Paper& paper);
QRectF footerHashRect(const Paper& paper);

/// Lays the document out on A4 pages (paperFor(doc)): title block on page 1, sections in order,
/// tables broken between rows with the header row (and the heading, marked 续) repeated.
std::vector<LaidOutPage> layoutPages(const NoticeDocument& doc);

} // namespace survey::notices
