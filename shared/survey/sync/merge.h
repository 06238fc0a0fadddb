// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/sync/protocol.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace survey::sync {

/// Outcome of a three-way field merge of a device's change into the stored record.
struct MergeResult {
    nlohmann::json merged = nlohmann::json::object(); ///< the record after the merge
    std::vector<FieldConflict> conflicts;              ///< fields changed on both sides
    bool changed = false;                              ///< merged differs from server
};

/// Three-way merge, field by field (design.md §3). `base` is the record as the device last
/// saw it (at base_rev), `server` as stored now, `client` the fields the device sends.
/// A field the device changed that nobody else changed since base is taken; a field only
/// the server changed is kept; a field both changed to different values is a conflict: the
/// server value stays in `merged` and both values are returned, never discarded.
MergeResult mergeFields(const nlohmann::json& base, const nlohmann::json& server,
                        const nlohmann::json& client);

} // namespace survey::sync
