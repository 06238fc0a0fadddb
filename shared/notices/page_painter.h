// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/page_layout.h"
#include "notices/pdf_renderer.h"

#include <QPainter>

namespace survey::notices {

/// What every page of one notice shares: paper, issue metadata, page count and content hash.
struct PageContext {
    Paper paper;
    IssueInfo issue;
    int pageCount = 0;
    QString contentHash;
};

/// Paints one laid-out page, plus its footer (and on page 0 the QR code), onto a painter
/// whose coordinates are layout units (0.1 mm from the top-left paper corner).
void paintPage(QPainter& painter, const LaidOutPage& page, int pageIndex, const PageContext& ctx);

} // namespace survey::notices
