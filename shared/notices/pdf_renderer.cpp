// SPDX-License-Identifier: Apache-2.0
#include "notices/pdf_renderer.h"

#include "notices/page_painter.h"
#include "notices/pdf_text_map.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace survey::notices {

namespace {
constexpr int kPdfDpi = 300;
constexpr double kUnitsPerInch = 25.4 * kUnitsPerMm;

PageContext context(const NoticeDocument& doc, const IssueInfo& issue, int pageCount) {
    return {paperFor(doc), issue, pageCount, QString::fromStdString(contentHash(doc))};
}

/// Maps layout units onto a device of `dpi` whose origin is the paper corner.
void useLayoutUnits(QPainter& painter, int dpi) {
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(dpi / kUnitsPerInch, dpi / kUnitsPerInch);
}
} // namespace

QByteArray renderPdf(const NoticeDocument& doc, const IssueInfo& issue) {
    // Measure first: the footer needs the page count.
    const auto pages = layoutPages(doc);
    const PageContext ctx = context(doc, issue, static_cast<int>(pages.size()));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPdfDpi);
    // Zero device margins: the layout places everything from the paper corner itself, the
    // same way as on an image, so both outputs share one coordinate system.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                     doc.orientation == PageOrientation::Landscape
                                         ? QPageLayout::Landscape
                                         : QPageLayout::Portrait,
                                     QMarginsF(), QPageLayout::Millimeter));
    writer.setTitle(QString::fromStdString(doc.title));
    writer.setCreator(QStringLiteral("survey_notices"));

    QPainter painter(&writer);
    useLayoutUnits(painter, kPdfDpi);
    for (int i = 0; i < static_cast<int>(pages.size()); ++i) {
        if (i > 0)
            writer.newPage();
        paintPage(painter, pages[static_cast<std::size_t>(i)], i, ctx);
    }
    painter.end();
    buffer.close();
    repairCjkTextMap(bytes, noticeFont(FontRole::Body));
    return bytes;
}

QList<QImage> renderPages(const NoticeDocument& doc, const IssueInfo& issue, int dpi) {
    const auto pages = layoutPages(doc);
    const PageContext ctx = context(doc, issue, static_cast<int>(pages.size()));
    const QSize size(qRound(ctx.paper.width * dpi / kUnitsPerInch),
                     qRound(ctx.paper.height * dpi / kUnitsPerInch));
    QList<QImage> images;
    for (int i = 0; i < static_cast<int>(pages.size()); ++i) {
        QImage image(size, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        QPainter painter(&image);
        useLayoutUnits(painter, dpi);
        paintPage(painter, pages[static_cast<std::size_t>(i)], i, ctx);
        painter.end();
        images.append(image);
    }
    return images;
}

} // namespace survey::notices
