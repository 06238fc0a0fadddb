// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/outbox.h"
#include "store/store_types.h"
#include "survey/records/record_store.h"
#include "survey/storage/database.h"
#include "survey/sync/protocol.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace survey::device {

/// The tablet's own database: the shared record schema, an outbox of changes not yet
/// accepted by the server and the pull cursor per project. The app works from it alone;
/// the sync engine moves its outbox up and the server's changes down.
class LocalStore {
  public:
    /// Opens (creating) the database at `path` and applies the device migrations.
    explicit LocalStore(const QString& path);

    storage::Database& db() { return db_; }

    /// This tablet's id: a random UUID made once and kept in settings.
    QString deviceId();
    /// Sets who is signed in, written as updated_by on every local change.
    void setUserName(const QString& userName) { userName_ = userName.toStdString(); }
    /// A value kept in the settings table (server URL, fingerprint, token…); empty if none.
    QString setting(const QString& key);
    void setSetting(const QString& key, const QString& value);

    /// Inserts or updates a project as the server lists it.
    void upsertProject(const ProjectInfo& project);
    /// All projects known on this tablet, ordered by code.
    QList<ProjectInfo> projects();
    std::optional<ProjectInfo> project(const QString& id);

    /// Saves locally first: writes the row (rev unchanged: the server rev the device knows)
    /// and appends ONE outbox change (fresh change_id, base_rev = row rev, fields = the
    /// changed fields only, or all given fields for a new record; nothing when nothing
    /// changed), in one transaction. A null field clears it. Parts get area_dm2 from the
    /// shared rule (withComputedArea) on the merged record; a given area_dm2 is replaced.
    /// ID numbers are validated and normalised. Throws std::invalid_argument with a message
    /// for the user on bad input (nothing written). An empty `id` makes a new UUID.
    /// Returns the id.
    QString save(const QString& projectId, const QString& entity, const QString& id,
                 const nlohmann::json& fields);
    /// Tombstones a record and appends an outbox delete. Deleting a deleted record is a no-op.
    /// Throws std::invalid_argument when the record does not exist in that project.
    void remove(const QString& projectId, const QString& entity, const QString& id);
    /// The row as stored (tombstones included), or nullopt.
    std::optional<records::StoredRecord> read(const QString& entity, const QString& id);
    /// Live rows of `entity` whose parent field is `parentId`, in the order they were made.
    QList<records::StoredRecord> children(const QString& entity, const QString& parentId);
    /// Live households of a project that pass `filter`, ordered by code.
    QList<HouseholdSummary> households(const QString& projectId,
                                       const HouseholdFilter& filter = {});
    /// The streets of the project's live households, sorted, for the list's street filter.
    QStringList streets(const QString& projectId);
    /// The household's changes the server answered with a conflict or a rejection, oldest first.
    QList<SyncProblem> syncProblems(const QString& householdId);
    /// The surveyor has seen a problem and settled it (kept the office's values, or saved
    /// their own again as a new change): the answered entry leaves the outbox. Pending
    /// changes are never dismissed. Returns false when there is no such answered entry.
    bool dismissProblem(qint64 seq);
    /// Changes of the project still waiting to be pushed.
    int pendingCount(const QString& projectId);

    /// Up to `limit` pending changes, oldest first, at most one per record (see Outbox).
    std::vector<sync::Change> pendingChanges(const QString& projectId, int limit);
    /// applied/duplicate: drops the change and sets the row's rev; conflict/rejected (also as
    /// the first status of a duplicate): keeps it out of the queue with the server's answer.
    void applyPushResults(const QString& projectId, const sync::PushResponse& response);
    /// Upserts and tombstones pulled rows in one transaction and advances the cursor. A
    /// record with a pending local change keeps its local edits on top of the server's row
    /// (the push will merge them); an older rev than the row's is skipped; deletes of
    /// unknown rows and unknown entities are ignored. Throws on a malformed record.
    void applyPulled(const QString& projectId, const sync::ChangesPage& page);
    /// The `since` for the next pull of the project (0: never pulled).
    qint64 pullCursor(const QString& projectId);
    /// When the project last pulled successfully (ISO 8601 UTC), empty if never.
    QString lastSyncAt(const QString& projectId);

  private:
    records::RowMeta localMeta();
    void applyPulledChange(const std::string& projectId, const sync::PulledChange& change);

    storage::Database db_;
    records::RecordStore records_;
    Outbox outbox_;
    std::string userName_;
};

} // namespace survey::device
