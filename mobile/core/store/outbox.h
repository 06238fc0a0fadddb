// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/storage/database.h"
#include "survey/sync/protocol.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace survey::device {

/// The outbox table: changes made on this tablet that the server has not yet accepted,
/// kept in the order they were made so that parents reach the server before children.
class Outbox {
  public:
    /// Where an outbox change sits, for acting on its push result.
    struct Entry {
        std::int64_t seq = 0;
        std::string entity, entityId;
    };

    /// The local edits not yet pushed for one record, folded in order.
    struct PendingEdit {
        nlohmann::json fields = nlohmann::json::object();
        bool deleted = false; ///< the last pending change deletes the record
    };

    explicit Outbox(storage::Database& db) : db_(db) {}

    /// Appends one pending change; the caller holds the transaction.
    void append(const std::string& projectId, const std::string& householdId,
                const sync::Change& change);

    /// Up to `limit` pending changes, oldest first, at most one per record: a record's later
    /// change waits until its earlier one is acknowledged and rebased onto the new rev, or
    /// the server would see two edits from one base and report the device against itself.
    std::vector<sync::Change> pending(const std::string& projectId, int limit);

    std::optional<Entry> find(const std::string& projectId, const std::string& changeId);
    /// Forgets an accepted change.
    void drop(std::int64_t seq);
    /// Keeps a change the server did not apply, with its answer, out of the push queue.
    void markAnswered(std::int64_t seq, std::string_view state, const nlohmann::json& result);
    /// Moves the record's later pending changes onto `rev`, the revision that now holds the
    /// change acknowledged before them.
    void rebase(const std::string& entityId, std::int64_t afterSeq, std::int64_t rev);
    /// The record's pending edits, or nullopt when nothing is pending for it.
    std::optional<PendingEdit> pendingEdit(const std::string& entity, const std::string& entityId);

    /// Pending changes of a project (those still to be pushed).
    int pendingCount(const std::string& projectId);

  private:
    storage::Database& db_;
};

} // namespace survey::device
