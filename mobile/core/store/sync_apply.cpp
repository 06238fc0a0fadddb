// SPDX-License-Identifier: Apache-2.0
// LocalStore's side of a sync: what to push, what the server answered, what it sent back.
#include "store/local_store.h"

#include <QDateTime>
#include <stdexcept>

namespace survey::device {

using nlohmann::json;
using sync::ChangeStatus;

namespace {
// Raises a row's rev to what the server acknowledged; never lowers it, because a pull in
// between may already have brought a later revision.
void raiseRev(storage::Database& db, const records::EntitySpec& spec, const std::string& id,
              std::int64_t rev) {
    auto q = db.prepare("UPDATE " + std::string(spec.table) +
                        " SET rev = ?1 WHERE id = ?2 AND rev < ?1");
    q.bind(1, rev).bind(2, id).run();
}

// The pulled fields this catalogue knows, checked like any input: a newer server may send
// fields an older tablet has no column for, but a malformed value is an error.
json pulledFields(const records::EntitySpec& spec, const sync::PulledChange& change) {
    json out = json::object();
    for (const auto& [key, value] : change.fields.items())
        if (spec.field(key))
            out[key] = value;
    if (auto error = records::validateFields(spec, out, true))
        throw std::runtime_error("pulled " + change.entity + " " + change.id + ": " +
                                 error->message);
    return out;
}
} // namespace

std::vector<sync::Change> LocalStore::pendingChanges(const QString& projectId, int limit) {
    return outbox_.pending(projectId.toStdString(), limit);
}

void LocalStore::applyPushResults(const QString& projectId, const sync::PushResponse& response) {
    const std::string pid = projectId.toStdString();
    storage::Transaction tx(db_);
    for (const auto& result : response.results) {
        auto entry = outbox_.find(pid, result.changeId);
        if (!entry)
            continue; // not ours, or already handled by an earlier answer
        // A duplicate repeats the first delivery's answer; that answer decides.
        const ChangeStatus status = result.status == ChangeStatus::Duplicate && result.firstStatus
                                        ? *result.firstStatus
                                        : result.status;
        if (status == ChangeStatus::Applied || status == ChangeStatus::Duplicate) {
            outbox_.drop(entry->seq);
            if (const auto* spec = records::findEntity(entry->entity))
                raiseRev(db_, *spec, entry->entityId, result.rev);
            outbox_.rebase(entry->entityId, entry->seq, result.rev);
        } else {
            outbox_.markAnswered(entry->seq,
                                 status == ChangeStatus::Conflict ? "conflict" : "rejected",
                                 sync::toJson(result));
        }
    }
    tx.commit();
}

void LocalStore::applyPulledChange(const std::string& projectId, const sync::PulledChange& change) {
    const auto* spec = records::findEntity(change.entity);
    if (!spec)
        return; // an entity of a newer server: this tablet has nowhere to show it
    auto stored = records_.read(*spec, change.id);
    if (stored && stored->projectId != projectId)
        throw std::runtime_error("pulled " + change.entity + " " + change.id +
                                 " belongs to another project here");
    if (stored && change.rev < stored->rev)
        return; // a later revision is already here (a push result raised it)
    auto pending = outbox_.pendingEdit(change.entity, change.id);

    if (change.op == sync::Op::Delete) {
        // Nothing to tombstone when the row never reached this tablet; a pending local edit
        // keeps the row until its push tells the surveyor what happened.
        if (!stored || pending)
            return;
        stored->deleted = true;
        stored->rev = change.rev;
        records_.write(*spec, *stored, {stored->updatedAt, stored->updatedBy, stored->deviceId});
        return;
    }

    records::StoredRecord row;
    row.id = change.id;
    row.projectId = projectId;
    row.rev = change.rev;
    row.fields = pulledFields(*spec, change);
    if (pending) {
        // The server's row with the surveyor's unpushed edits on top: what the push will
        // make of it, unless someone else changed the same field.
        for (const auto& [key, value] : pending->fields.items()) {
            if (value.is_null())
                row.fields.erase(key);
            else
                row.fields[key] = value;
        }
        row.deleted = pending->deleted;
    }
    records_.write(*spec, row, {});
}

void LocalStore::applyPulled(const QString& projectId, const sync::ChangesPage& page) {
    const std::string pid = projectId.toStdString();
    storage::Transaction tx(db_);
    for (const auto& change : page.changes)
        applyPulledChange(pid, change);
    auto q =
        db_.prepare("INSERT INTO sync_state(project_id, pull_cursor, last_sync_at)"
                    " VALUES (?1, ?2, ?3) ON CONFLICT(project_id) DO UPDATE SET"
                    " pull_cursor = excluded.pull_cursor, last_sync_at = excluded.last_sync_at");
    q.bind(1, pid).bind(2, page.next);
    q.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString());
    q.run();
    tx.commit();
}

QString LocalStore::lastSyncAt(const QString& projectId) {
    auto q = db_.prepare("SELECT last_sync_at FROM sync_state WHERE project_id = ?");
    q.bind(1, projectId.toStdString());
    return q.step() ? QString::fromStdString(q.getText(0)) : QString();
}

} // namespace survey::device
