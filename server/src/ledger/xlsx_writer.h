// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ledger/ledger_tables.h"

#include <filesystem>
#include <string>
#include <vector>

namespace survey::server::ledger {

/// The tables as one .xlsx workbook (a sheet each, areas as numbers formatted 0.00, header
/// row frozen), returned as bytes. libxlsxwriter writes to a file, so it goes through a
/// unique file in `scratchDir` that is removed again. Throws std::runtime_error on failure.
std::string toXlsx(const std::vector<LedgerTable>& tables, const std::filesystem::path& scratchDir);

} // namespace survey::server::ledger
