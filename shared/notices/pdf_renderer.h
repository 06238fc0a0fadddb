// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <string>

namespace survey::notices {

/// What the office adds when it issues a notice. Not part of the content hash: the content
/// is signed on the tablet before a serial exists. Empty fields render as a draft (no QR).
struct IssueInfo {
    std::string serial;
    std::string issuedAt; ///< YYYY-MM-DD
    std::string verifyUrl;
};

/// The notice as an A4 PDF: CJK fonts embedded, QR code and serial on page 1, and on every
/// page a footer with serial, issue date, page x of y and the full content hash.
QByteArray renderPdf(const NoticeDocument& doc, const IssueInfo& issue);

/// The same pages as images at `dpi`, painted by the same code as the PDF, so that what
/// the household reads and signs on the tablet is what the office issues.
QList<QImage> renderPages(const NoticeDocument& doc, const IssueInfo& issue, int dpi);

} // namespace survey::notices
