// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "auth/roles.h"
#include "survey/storage/database.h"
#include "survey/sync/protocol.h"

#include <string>

namespace survey::server::sync {

/// Who pushes, into which project, and when (one timestamp for the whole batch).
struct PushContext {
    std::string projectId;
    std::string userId;
    auth::Role role = auth::Role::Surveyor;
    std::string at; ///< ISO-8601 UTC
};

/// Applies pushed batches (design.md §3). A batch is one transaction: each change is
/// answered applied, duplicate, conflict or rejected, every answer is kept as a receipt so
/// that a replay gets it back, and every write goes with its change-log entry and audit
/// row. The HTTP route and the demo generator both push through here.
class PushService {
  public:
    explicit PushService(storage::Database& db) : db_(db) {}

    /// Applies the batch in order and commits; an exception rolls the whole batch back.
    survey::sync::PushResponse push(const PushContext& context,
                                    const survey::sync::PushRequest& request);

  private:
    storage::Database& db_;
};

} // namespace survey::server::sync
