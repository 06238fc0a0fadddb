// SPDX-License-Identifier: Apache-2.0
#include "notices/verify_page.h"

#include "notices/notice_dates.h"

namespace survey::server::notices {

namespace {
std::string row(const std::string& label, const std::string& value, bool code = false) {
    const std::string v = escapeHtml(value);
    return "<tr><th>" + label + "</th><td>" + (code ? "<code>" + v + "</code>" : v) +
           "</td></tr>\n";
}

std::string page(const std::string& title, const std::string& body) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>" +
           title +
           "</title><style>body{font-family:sans-serif;max-width:40em;margin:1em auto;"
           "padding:0 1em}th{text-align:left;padding-right:1em;white-space:nowrap}"
           "code{word-break:break-all}.ok{color:#1a7f37}.void{color:#c62828}</style></head>"
           "<body>\n" +
           body + "</body></html>\n";
}
} // namespace

std::string escapeHtml(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string verifyHtml(const std::optional<VerifyFacts>& facts, const std::string& askedSerial) {
    if (!facts)
        return page("文书核验：未找到",
                    "<h1>未找到该编号的文书</h1>\n<p>编号 <code>" + escapeHtml(askedSerial) +
                        "</code> 不是本系统出具的文书编号。请核对编号，或向出具文书的征收部门"
                        "核实。</p>\n");
    std::string status = facts->current ? "<p class=\"ok\"><strong>有效</strong>：本文书由本系统"
                                          "出具，现行有效。</p>\n"
                                        : "<p class=\"void\"><strong>已作废</strong>：本文书已作废";
    if (!facts->current)
        status += facts->replacedBySerial.empty()
                      ? "。</p>\n"
                      : "，已由编号 <code>" + escapeHtml(facts->replacedBySerial) +
                            "</code> 的文书替代。</p>\n";
    const std::string table =
        "<table>\n" + row("文书", facts->kindLabel) + row("项目", facts->projectName) +
        row("编号", facts->serial, true) +
        row("出具日期", survey::notices::chineseDate(facts->issuedOn)) +
        row("状态", facts->current ? "有效" : "已作废") +
        (facts->replacedBySerial.empty() ? ""
                                         : row("替代文书编号", facts->replacedBySerial, true)) +
        row("内容 SHA-256", facts->contentSha256, true) +
        row("PDF SHA-256", facts->pdfSha256, true) +
        "</table>\n<p>核对方法：纸质文书页脚所印内容摘要应与上列“内容 SHA-256”一致；"
        "电子文件的 SHA-256 应与“PDF SHA-256”一致。</p>\n";
    return page("文书核验：" + escapeHtml(facts->serial), "<h1>文书核验</h1>\n" + status + table);
}

nlohmann::json verifyJson(const std::optional<VerifyFacts>& facts, const std::string& askedSerial) {
    if (!facts)
        return {{"serial", askedSerial}, {"status", "unknown"}};
    return {{"serial", facts->serial},
            {"status", facts->current ? "current" : "void"},
            {"kind", facts->kindLabel},
            {"project_name", facts->projectName},
            {"issued_on", facts->issuedOn},
            {"replaced_by", facts->replacedBySerial.empty()
                                ? nlohmann::json(nullptr)
                                : nlohmann::json(facts->replacedBySerial)},
            {"content_sha256", facts->contentSha256},
            {"pdf_sha256", facts->pdfSha256}};
}

} // namespace survey::server::notices
