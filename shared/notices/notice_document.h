// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

namespace survey::notices {

/// One label/value pair of a key-value block; `wide` rows take the full width (addresses,
/// notes) instead of one of the two columns.
struct KeyValueRow {
    std::string label, value;
    bool wide = false;
};

/// Label/value pairs laid out two to a line, like the header part of a paper form.
struct KeyValueBlock {
    std::vector<KeyValueRow> rows;
};

/// A table column: header text, relative width, and whether it holds numbers (right-aligned).
struct TableColumn {
    std::string header;
    int weight = 1;
    bool numeric = false;
};

/// A table row; `emphasis` marks subtotal and total rows (printed bold).
struct TableRow {
    std::vector<std::string> cells;
    bool emphasis = false;
};

/// A bordered table whose header row is repeated on every page it runs onto.
struct Table {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
};

/// Where the lines of a paragraph sit. A formal notice closes with the issuing body and
/// the date set to the right (落款); all other text reads from the left.
enum class ParagraphAlign { Left, Right };

/// Running text.
struct Paragraph {
    std::string text;
    ParagraphAlign align = ParagraphAlign::Left;
};

/// One signature as printed: who, when, and whether it still covers the content.
struct SignatureRow {
    std::string role, name, signedAt, status;
};

/// The signatures given on a document, under a fixed statement of what they confirm.
/// A signature block attests to the content and is not itself content (see contentHash).
struct SignatureBlock {
    std::string statement;
    std::vector<SignatureRow> rows;
};

/// A heading and its body.
struct Section {
    std::string heading;
    std::variant<KeyValueBlock, Table, Paragraph, SignatureBlock> body;
};

/// The paper orientation (A4 either way). Project postings are landscape: ten columns of a
/// public list only stay legible, one line per row, across the long side of the sheet.
enum class PageOrientation { Portrait, Landscape };

/// A notice as plain data: what it says, independent of pages, fonts and issue metadata.
struct NoticeDocument {
    std::string title, subtitle;
    std::vector<Section> sections;
    PageOrientation orientation = PageOrientation::Portrait;
};

/// Printed status of a signature whose signed hash equals the content hash.
inline constexpr const char* kSignatureValid = "有效";
/// Printed status of a signature given on content that has changed since.
inline constexpr const char* kSignatureStale = "已失效(内容已变更)";

/// The whole document as JSON (signature blocks included), e.g. for storing an issued notice.
nlohmann::json toJson(const NoticeDocument& doc);

/// Lower-case hex SHA-256 of the canonical JSON of the document's content: title, subtitle
/// and every section except signature blocks. Signatures are excluded because they are
/// given on the content: including them would make signing change what was signed, and the
/// hash the household signs on the tablet must be the one printed on the issued notice.
/// Issue metadata (serial, date, verify URL) is not part of the document at all.
std::string contentHash(const NoticeDocument& doc);

} // namespace survey::notices
