// SPDX-License-Identifier: Apache-2.0
#include "notices/page_painter.h"

#include "notices/qr_code.h"

#include <QPen>
#include <algorithm>
#include <cmath>

namespace survey::notices {

namespace {
constexpr double kBorderWidth = 2.0; ///< 0.2 mm, a usual form rule
const QColor kShade(0xee, 0xee, 0xee);

QString orDraft(const std::string& s) {
    return s.empty() ? QStringLiteral("（未签发）") : QString::fromStdString(s);
}

void paintQr(QPainter& painter, const Paper& paper, const IssueInfo& issue) {
    const QRectF area = qrCodeRect(paper);
    if (issue.verifyUrl.empty()) {
        // A draft keeps the space so that pagination is identical once issued.
        painter.setPen(QPen(Qt::gray, kBorderWidth, Qt::DashLine));
        painter.drawRect(area);
        painter.setFont(noticeFont(FontRole::Footer));
        painter.drawText(area, Qt::AlignCenter, QStringLiteral("签发后\n生成核验码"));
        return;
    }
    const QString url = QString::fromStdString(issue.verifyUrl);
    // Whole device pixels per module keep the modules sharp at any resolution.
    const double devicePerUnit = painter.deviceTransform().m11();
    const int modules = qrImage(url, 1).width();
    if (modules == 0)
        return;
    const int modulePx =
        std::max(1, static_cast<int>(std::floor(area.width() * devicePerUnit / modules)));
    const QImage image = qrImage(url, modulePx);
    const double side = image.width() / devicePerUnit;
    painter.drawImage(QRectF(area.center().x() - side / 2, area.top(), side, side), image);
}

void paintFooter(QPainter& painter, int pageIndex, const PageContext& ctx) {
    const QRectF issueLine = footerIssueRect(ctx.paper);
    painter.setPen(QPen(Qt::black, kBorderWidth / 2));
    painter.drawLine(issueLine.topLeft(), issueLine.topRight());
    painter.setFont(noticeFont(FontRole::Footer));
    painter.drawText(issueLine, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("编号：%1　　签发日期：%2")
                         .arg(orDraft(ctx.issue.serial), orDraft(ctx.issue.issuedAt)));
    // En spaces: text extraction drops ordinary spaces this narrow between CJK and a single
    // digit ("第1页"); an en space survives and normalises (NFKC) to a plain space.
    painter.drawText(issueLine, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("第\u2002%1\u2002页\u2002/\u2002共\u2002%2\u2002页")
                         .arg(pageIndex + 1)
                         .arg(ctx.pageCount));
    painter.drawText(footerHashRect(ctx.paper), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("内容摘要 SHA-256: %1").arg(ctx.contentHash));
}
} // namespace

void paintPage(QPainter& painter, const LaidOutPage& page, int pageIndex, const PageContext& ctx) {
    painter.save();
    for (const auto& box : page.boxes)
        if (box.shaded)
            painter.fillRect(box.rect, kShade);
    painter.setPen(QPen(Qt::black, kBorderWidth));
    painter.setBrush(Qt::NoBrush);
    for (const auto& box : page.boxes)
        painter.drawRect(box.rect);
    for (const auto& run : page.texts) {
        painter.setFont(noticeFont(run.role));
        painter.drawText(run.rect, static_cast<int>(run.align) | Qt::TextSingleLine, run.text);
    }
    if (pageIndex == 0) {
        paintQr(painter, ctx.paper, ctx.issue);
        painter.setFont(noticeFont(FontRole::Footer));
        painter.setPen(Qt::black);
        painter.drawText(qrSerialRect(ctx.paper), Qt::AlignCenter, orDraft(ctx.issue.serial));
    }
    paintFooter(painter, pageIndex, ctx);
    painter.restore();
}

} // namespace survey::notices
