// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"
#include "survey/sync/protocol.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace survey::server::sync {

/// A record as stored on the server, as far as the revision decision needs it.
struct StoredState {
    std::int64_t rev = 0;
    bool deleted = false;
    nlohmann::json fields = nlohmann::json::object(); ///< no null members
};

/// What becomes of one change given the stored record.
enum class Verdict { Apply, Conflict, Reject };

/// The outcome of decideRevision.
struct RevisionDecision {
    Verdict verdict = Verdict::Reject;
    /// The record after the change (Apply, Conflict); no null members.
    nlohmann::json fields = nlohmann::json::object();
    bool deleted = false;
    /// The record as the device believes it to be after its change: its base with its own
    /// fields on top; null when that is `fields` (no merge, so no copy of the record).
    nlohmann::json clientView;
    std::vector<survey::sync::FieldConflict> conflicts; ///< Conflict only
    std::optional<errors::ApiError> error;              ///< Reject only

    /// The device's view of the record, which derived figures it sent are checked against.
    const nlohmann::json& deviceRecord() const {
        return clientView.is_null() ? fields : clientView;
    }
};

/// Decides a change against the stored record (design.md §3):
/// - no stored record: an upsert with base_rev 0 creates it; anything else is not_found;
/// - base_rev equal to the stored rev: the device's fields go over the stored record;
/// - otherwise a three-way merge from `baseFields` (the record at base_rev; the caller
///   passes an empty object for base_rev 0 and nullopt when base_rev is no revision of
///   this record): fields changed on both sides are conflicts, the server value stays and
///   both values are returned; a delete from a stale base is a conflict on "deleted".
RevisionDecision decideRevision(const survey::sync::Change& change,
                                const std::optional<StoredState>& stored,
                                const std::optional<nlohmann::json>& baseFields);

/// `record` with `changes` on top; a null in `changes` clears that field.
nlohmann::json overlayFields(const nlohmann::json& record, const nlohmann::json& changes);

} // namespace survey::server::sync
