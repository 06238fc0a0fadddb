// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_document.h"

#include "survey/records/canonical_json.h"

namespace survey::notices {

namespace {
using nlohmann::json;

json bodyJson(const KeyValueBlock& b) {
    json rows = json::array();
    for (const auto& r : b.rows)
        rows.push_back({{"label", r.label}, {"value", r.value}, {"wide", r.wide}});
    return {{"kind", "key_values"}, {"rows", rows}};
}

json bodyJson(const Table& t) {
    json columns = json::array();
    for (const auto& c : t.columns)
        columns.push_back({{"header", c.header}, {"weight", c.weight}, {"numeric", c.numeric}});
    json rows = json::array();
    for (const auto& r : t.rows)
        rows.push_back({{"cells", r.cells}, {"emphasis", r.emphasis}});
    return {{"kind", "table"}, {"columns", columns}, {"rows", rows}};
}

json bodyJson(const Paragraph& p) {
    json j = {{"kind", "paragraph"}, {"text", p.text}};
    // Only a non-default alignment is written, so that left-aligned paragraphs serialise as
    // before and the hashes of documents already signed or issued stay the same.
    if (p.align == ParagraphAlign::Right)
        j["align"] = "right";
    return j;
}

json bodyJson(const SignatureBlock& s) {
    json rows = json::array();
    for (const auto& r : s.rows)
        rows.push_back(
            {{"role", r.role}, {"name", r.name}, {"signed_at", r.signedAt}, {"status", r.status}});
    return {{"kind", "signatures"}, {"statement", s.statement}, {"rows", rows}};
}

json sectionJson(const Section& s) {
    json j = std::visit([](const auto& body) { return bodyJson(body); }, s.body);
    j["heading"] = s.heading;
    return j;
}

json documentJson(const NoticeDocument& doc, bool withSignatures) {
    json sections = json::array();
    for (const auto& s : doc.sections)
        if (withSignatures || !std::holds_alternative<SignatureBlock>(s.body))
            sections.push_back(sectionJson(s));
    json j = {{"title", doc.title}, {"subtitle", doc.subtitle}, {"sections", sections}};
    // Written only when not portrait, like a paragraph's alignment, so that the hashes of
    // documents already signed or issued stay the same.
    if (doc.orientation == PageOrientation::Landscape)
        j["orientation"] = "landscape";
    return j;
}
} // namespace

json toJson(const NoticeDocument& doc) {
    return documentJson(doc, true);
}

std::string contentHash(const NoticeDocument& doc) {
    return records::recordHash(documentJson(doc, false));
}

} // namespace survey::notices
