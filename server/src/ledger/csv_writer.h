// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ledger/ledger_tables.h"

#include <string>

namespace survey::server::ledger {

/// The table as RFC 4180 CSV in UTF-8 with a byte-order mark (without it, Excel on a Chinese
/// Windows reads the file as GBK). Text that a spreadsheet would run as a formula (= + - @)
/// is prefixed with an apostrophe, so an address typed on a tablet cannot become one.
std::string toCsv(const LedgerTable& table);

} // namespace survey::server::ledger
