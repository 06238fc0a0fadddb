// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"

#include <cstdint>
#include <string>

namespace survey::server::audit {

/// The outcome of walking the audit chain from its first row.
struct ChainCheck {
    bool ok = true;
    std::int64_t rows = 0;      ///< rows checked (all of them when ok)
    std::int64_t brokenSeq = 0; ///< first row that fails, when not ok
    std::string reason;         ///< why it fails
};

/// Recomputes every row's hash and link, and checks that seq runs 1..N without gaps up to
/// the last seq ever issued, so that edited, inserted and deleted rows are all detected.
ChainCheck verifyAuditChain(storage::Database& db);

} // namespace survey::server::audit
