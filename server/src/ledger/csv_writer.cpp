// SPDX-License-Identifier: Apache-2.0
#include "ledger/csv_writer.h"

#include "survey/measure/area_rules.h"

namespace survey::server::ledger {

namespace {
void appendText(std::string& out, const std::string& text) {
    std::string value = text;
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' ||
                           value[0] == '@' || value[0] == '\t' || value[0] == '\r'))
        value.insert(0, "'");
    if (value.find_first_of(",\"\r\n") == std::string::npos) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCell(std::string& out, const Cell& cell) {
    if (const auto* s = std::get_if<std::string>(&cell))
        appendText(out, *s);
    else if (const auto* n = std::get_if<std::int64_t>(&cell))
        out += std::to_string(*n);
    else if (const auto* a = std::get_if<AreaDm2>(&cell))
        out += measure::formatDm2(a->dm2);
}
} // namespace

std::string toCsv(const LedgerTable& table) {
    std::string out = "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < table.headers.size(); ++i) {
        if (i)
            out += ',';
        appendText(out, table.headers[i]);
    }
    out += "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out += ',';
            appendCell(out, row[i]);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace survey::server::ledger
