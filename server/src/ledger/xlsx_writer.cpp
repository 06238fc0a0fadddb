// SPDX-License-Identifier: Apache-2.0
#include "ledger/xlsx_writer.h"

#include "common/random_ids.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <xlsxwriter.h>

namespace survey::server::ledger {

namespace {
// Removes the scratch file however the export ends.
struct ScratchFile {
    std::filesystem::path path;
    ~ScratchFile() {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
    }
};

void writeSheet(lxw_workbook* book, const LedgerTable& table, lxw_format* header,
                lxw_format* areaFormat) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, table.title.c_str());
    for (std::size_t c = 0; c < table.headers.size(); ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.headers[c].c_str(),
                               header);
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 14,
                             nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t r = 1;
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            if (const auto* s = std::get_if<std::string>(&row[c]))
                worksheet_write_string(sheet, r, col, s->c_str(), nullptr);
            else if (const auto* n = std::get_if<std::int64_t>(&row[c]))
                worksheet_write_number(sheet, r, col, static_cast<double>(*n), nullptr);
            else if (const auto* a = std::get_if<AreaDm2>(&row[c]))
                // Exact in binary to the cent for any area a project has; shown with 2 decimals.
                worksheet_write_number(sheet, r, col, static_cast<double>(a->dm2) / 100.0,
                                       areaFormat);
        }
        ++r;
    }
}
} // namespace

std::string toXlsx(const std::vector<LedgerTable>& tables,
                   const std::filesystem::path& scratchDir) {
    std::filesystem::create_directories(scratchDir);
    ScratchFile file{scratchDir / ("ledger-" + newUuid() + ".xlsx")};
    const std::string tmp = scratchDir.string();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // 100,000 parts stream to disk, not into memory
    options.tmpdir = const_cast<char*>(tmp.c_str());
    lxw_workbook* book = workbook_new_opt(file.path.c_str(), &options);
    if (!book)
        throw std::runtime_error("cannot create the ledger workbook");
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    lxw_format* areaFormat = workbook_add_format(book);
    format_set_num_format(areaFormat, "0.00");
    for (const auto& table : tables)
        writeSheet(book, table, header, areaFormat);
    if (workbook_close(book) != LXW_NO_ERROR)
        throw std::runtime_error("cannot write the ledger workbook");
    std::ifstream in(file.path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace survey::server::ledger
