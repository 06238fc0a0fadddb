// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/audit_log.h"
#include "survey/records/record_store.h"
#include "survey/storage/database.h"
#include "survey/sync/protocol.h"
#include "sync/change_log.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>

namespace survey::server::sync {

/// Who and when a derived figure is written for: the push or resolution that caused it.
struct DeriveContext {
    std::string projectId, userId, deviceId, at;
};

/// Keeps each building's measured_area_dm2 what domain.md §5 makes it: the sum of its live
/// parts' areas, each already rounded and computed by the server from the measurements.
/// The figure a tablet sends is replaced, not refused: a sum that disagrees with the
/// stored parts means another device's part, a part in conflict or a batch boundary, not
/// a second rule version, and refusing it would refuse the building's other fields with
/// it. Rule versions are caught per part (area_mismatch).
class BuildingAreas {
  public:
    BuildingAreas(storage::Database& db, records::RecordStore& store) : db_(db), store_(store) {}

    /// A part as a change of the batch read it: `stored` is the part's row then (null when
    /// there was none). The batch reads a part before it writes it, so the first reading of
    /// a part is the part as it was before the batch.
    void notePartRead(const std::string& partId, const records::StoredRecord* stored);
    /// A part the batch wrote, with the fields written.
    void notePartWritten(const std::string& partId, const nlohmann::json& fields);
    /// Notes the buildings the batch wrote to: those it changed, and those that its
    /// written parts belonged to before or belong to now. Rejected and duplicate changes
    /// wrote nothing, so a locked household's buildings are never rewritten.
    void afterBatch(std::span<const survey::sync::Change> changes,
                    std::span<const survey::sync::ChangeResult> results);
    /// Notes one building (a resolution that changed one of its parts).
    void noteBuilding(const std::string& buildingId) { buildings_.insert(buildingId); }

    /// Rewrites, through the change log so that tablets pull it, every noted live building
    /// of the project whose stored figure differs from its parts' sum, and audits each.
    /// Runs inside the caller's transaction, after the caller's own audit rows.
    void derive(ChangeLog& log, const DeriveContext& context);

  private:
    std::optional<std::int64_t> partsSumDm2(const std::string& buildingId);

    storage::Database& db_;
    records::RecordStore& store_;
    /// From the connection's statement cache, reused: a batch sums the parts of every
    /// building it touched.
    std::optional<storage::Statement> partAreas_;
    /// Each part's building before the batch and after its last write in the batch, as the
    /// batch read and wrote them (asking SQLite again cost two lookups per part).
    std::map<std::string, std::string> partBuildingBefore_, partBuildingWritten_;
    std::set<std::string> buildings_;
};

} // namespace survey::server::sync
