// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "notices/pdf_renderer.h"

#include <QByteArray>

namespace survey::bench {

/// The notice as one self-contained HTML page for a browser to print: the same title,
/// sections, tables and signature block as the PDF renderer draws, A4 with the same margins
/// and font sizes in Noto Sans CJK SC, the verification QR as a PNG data URI on page 1, and
/// on every page (CSS page margin boxes) the serial, issue date, page x of y and content hash.
/// This is the baseline a web stack would produce, so the benchmark compares like with like.
QByteArray noticeHtml(const survey::notices::NoticeDocument& doc,
                      const survey::notices::IssueInfo& issue);

} // namespace survey::bench
