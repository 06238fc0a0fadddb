// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"
#include "survey/sync/protocol.h"

#include <optional>
#include <string>

namespace survey::server::sync {

/// The first result given for a change_id, with the project it was pushed to.
struct Receipt {
    std::string projectId;
    survey::sync::ChangeResult result;
};

/// Remembers every change's first result so that a replayed change_id gets it back and
/// changes nothing (a device resends a batch whose answer it never received).
class PushReceipts {
  public:
    explicit PushReceipts(storage::Database& db) : db_(db) {}

    /// The receipt of an earlier delivery of this change_id, if any.
    std::optional<Receipt> find(const std::string& changeId);
    /// Keeps the first result of a change (applied, conflict or rejected).
    void save(const std::string& projectId, const survey::sync::ChangeResult& result,
              const std::string& at);

  private:
    storage::Database& db_;
    // From the connection's statement cache, reused for the batch: every change of a push
    // looks up and saves one.
    std::optional<storage::Statement> find_, save_;
};

/// The stored text of a result: the bytes of records::canonicalJson(toJson(result)), written
/// out directly because a push saves one per change.
std::string resultJson(const survey::sync::ChangeResult& result);

/// The answer to a replay of `first`: status duplicate, the first rev, error and
/// conflicts, and first_status naming what the first delivery got.
survey::sync::ChangeResult duplicateOf(const survey::sync::ChangeResult& first);

} // namespace survey::server::sync
