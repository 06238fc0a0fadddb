// SPDX-License-Identifier: Apache-2.0
#include "html_form.h"

#include "notices/qr_code.h"

#include <QBuffer>
#include <QString>
#include <variant>

namespace survey::bench {

namespace {
using namespace survey::notices;

QString esc(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}

/// CSS string literal content (for page margin boxes).
QString cssText(const QString& s) {
    QString out = s;
    return out.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
}

QString orDraft(const std::string& s) {
    return s.empty() ? QStringLiteral("（未签发）") : QString::fromStdString(s);
}

// Sizes mirror shared/notices/page_layout.cpp so that both renderers fill pages alike.
const char* const kStyle = R"(
@page { size: A4; margin: 15mm 15mm 24mm 15mm;
  @bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";
                  font: 7pt "Noto Sans CJK SC"; vertical-align: top; padding-top: 2mm; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 10pt/1.35 "Noto Sans CJK SC", "Noto Serif CJK SC"; color: #000; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 1mm; }
.subtitle { font-size: 11pt; text-align: center; margin: 0 0 4mm; }
.qr { position: absolute; top: 0; right: 0; width: 40mm; text-align: center; font-size: 7pt; }
.qr img { width: 24mm; height: 24mm; image-rendering: pixelated; display: block; margin: 0 auto; }
.head { min-height: 30mm; position: relative; }
h2 { font-size: 11.5pt; margin: 4mm 0 1mm; break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; table-layout: fixed; }
td, th { border: 0.2mm solid #000; padding: 1mm 1.5mm; vertical-align: middle;
         overflow-wrap: anywhere; }
th, td.label { background: #eee; font-weight: normal; }
td.label { width: 34mm; }
td.num { text-align: right; }
tr { break-inside: avoid; }
tr.emphasis td { font-weight: bold; }
thead { display: table-header-group; }
p.right { text-align: right; }
)";

QString keyValues(const KeyValueBlock& kv) {
    QString out = QStringLiteral("<table>");
    bool open = false; // a half-filled line waiting for its second pair
    for (const auto& row : kv.rows) {
        const QString pair = QStringLiteral("<td class=\"label\">%1</td><td%3>%2</td>")
                                 .arg(esc(row.label), esc(row.value),
                                      row.wide ? QStringLiteral(" colspan=\"3\"") : QString());
        if (row.wide || !open) {
            if (open)
                out += QStringLiteral("<td class=\"label\"></td><td></td></tr>");
            out += QStringLiteral("<tr>") + pair;
            open = !row.wide;
            if (row.wide)
                out += QStringLiteral("</tr>");
        } else {
            out += pair + QStringLiteral("</tr>");
            open = false;
        }
    }
    if (open)
        out += QStringLiteral("<td class=\"label\"></td><td></td></tr>");
    return out + QStringLiteral("</table>");
}

QString table(const Table& t) {
    int total = 0;
    for (const auto& c : t.columns)
        total += c.weight;
    QString out = QStringLiteral("<table><thead><tr>");
    for (const auto& c : t.columns)
        out += QStringLiteral("<th style=\"width:%1%\">%2</th>")
                   .arg(100.0 * c.weight / total, 0, 'f', 2)
                   .arg(esc(c.header));
    out += QStringLiteral("</tr></thead><tbody>");
    for (const auto& r : t.rows) {
        out += r.emphasis ? QStringLiteral("<tr class=\"emphasis\">") : QStringLiteral("<tr>");
        for (std::size_t i = 0; i < r.cells.size(); ++i)
            out += QStringLiteral("<td%1>%2</td>")
                       .arg(i < t.columns.size() && t.columns[i].numeric
                                ? QStringLiteral(" class=\"num\"")
                                : QString(),
                            esc(r.cells[i]));
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</tbody></table>");
}

QString signatures(const SignatureBlock& s) {
    Table t{{{"签字人身份", 3}, {"姓名", 3}, {"签字时间", 5}, {"状态", 4}}, {}};
    for (const auto& r : s.rows)
        t.rows.push_back({{r.role, r.name, r.signedAt, r.status}});
    return QStringLiteral("<p>%1</p>").arg(esc(s.statement)) + table(t);
}

QString body(const decltype(Section::body)& b) {
    if (const auto* kv = std::get_if<KeyValueBlock>(&b))
        return keyValues(*kv);
    if (const auto* t = std::get_if<Table>(&b))
        return table(*t);
    if (const auto* p = std::get_if<Paragraph>(&b))
        return QStringLiteral("<p%1>%2</p>")
            .arg(p->align == ParagraphAlign::Right ? QStringLiteral(" class=\"right\"") : QString(),
                 esc(p->text));
    return signatures(std::get<SignatureBlock>(b));
}

QString qrDataUri(const std::string& url) {
    const QImage image = qrImage(QString::fromStdString(url), 4);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}
} // namespace

QByteArray noticeHtml(const NoticeDocument& doc, const IssueInfo& issue) {
    const QString issueLine = QStringLiteral("编号：%1　　签发日期：%2")
                                  .arg(orDraft(issue.serial), orDraft(issue.issuedAt));
    const QString hashLine =
        QStringLiteral("内容摘要 SHA-256: %1").arg(QString::fromStdString(contentHash(doc)));
    QString html =
        QStringLiteral("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                       "<title>%1</title><style>%2"
                       "@page { @bottom-left { content: \"%3\\A%4\"; white-space: pre;"
                       " font: 7pt \"Noto Sans CJK SC\"; vertical-align: top;"
                       " padding-top: 2mm; } }</style></head><body>")
            .arg(esc(doc.title), QString::fromUtf8(kStyle), cssText(issueLine), cssText(hashLine));
    html += QStringLiteral("<div class=\"head\"><h1>%1</h1><div class=\"subtitle\">%2</div>")
                .arg(esc(doc.title), esc(doc.subtitle));
    if (!issue.verifyUrl.empty())
        html += QStringLiteral("<div class=\"qr\"><img src=\"%1\" alt=\"\"><div>%2</div></div>")
                    .arg(qrDataUri(issue.verifyUrl), orDraft(issue.serial));
    html += QStringLiteral("</div>");
    for (const auto& s : doc.sections)
        html += QStringLiteral("<h2>%1</h2>").arg(esc(s.heading)) + body(s.body);
    html += QStringLiteral("</body></html>");
    return html.toUtf8();
}

} // namespace survey::bench
