// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace survey::server::ledger {

/// An area in 0.01 m², written as square metres with two decimals.
struct AreaDm2 {
    std::int64_t dm2 = 0;
};

/// One cell of the ledger: empty, text, a whole number or an area.
using Cell = std::variant<std::monostate, std::string, std::int64_t, AreaDm2>;

/// One sheet of the 台账: a name (also the CSV's), Chinese headers, rows.
struct LedgerTable {
    std::string name;  ///< households, members, buildings, parts
    std::string title; ///< sheet title, e.g. 户
    std::vector<std::string> headers;
    std::vector<std::vector<Cell>> rows;
};

/// Names of the ledger's sheets, in workbook order.
const std::vector<std::string>& ledgerTableNames();

/// One sheet of a project's ledger (households, members, buildings with areas and 认定, parts
/// with the applied rule), labels in Chinese as the office files them; empty name when
/// `name` is not a sheet.
LedgerTable buildLedgerTable(storage::Database& db, const std::string& projectId,
                             const std::string& name);

} // namespace survey::server::ledger
