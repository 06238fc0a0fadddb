// SPDX-License-Identifier: Apache-2.0
#include "store/outbox.h"

#include <QDateTime>
#include <set>

namespace survey::device {

using nlohmann::json;

namespace {
constexpr std::string_view kPending = "pending";

std::string nowUtc() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}
} // namespace

void Outbox::append(const std::string& projectId, const std::string& householdId,
                    const sync::Change& change) {
    auto q = db_.prepare("INSERT INTO outbox(change_id, project_id, household_id, entity,"
                         " entity_id, op, base_rev, fields_json, created_at, state)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')");
    q.bind(1, change.changeId).bind(2, projectId);
    if (householdId.empty())
        q.bindNull(3);
    else
        q.bind(3, householdId);
    q.bind(4, change.entity).bind(5, change.id).bind(6, sync::opName(change.op));
    q.bind(7, change.baseRev).bind(8, change.fields.dump()).bind(9, nowUtc());
    q.run();
}

std::vector<sync::Change> Outbox::pending(const std::string& projectId, int limit) {
    std::vector<sync::Change> out;
    if (limit <= 0)
        return out;
    auto q = db_.prepare("SELECT change_id, entity, entity_id, op, base_rev, fields_json"
                         " FROM outbox WHERE project_id = ? AND state = 'pending' ORDER BY seq");
    q.bind(1, projectId);
    std::set<std::string> records;
    while (q.step() && out.size() < static_cast<std::size_t>(limit)) {
        std::string entityId = q.getText(2);
        if (!records.insert(entityId).second)
            continue;
        sync::Change c;
        c.changeId = q.getText(0);
        c.entity = q.getText(1);
        c.id = std::move(entityId);
        c.op = q.getText(3) == "delete" ? sync::Op::Delete : sync::Op::Upsert;
        c.baseRev = q.getInt(4);
        c.fields = json::parse(q.getText(5));
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<Outbox::Entry> Outbox::find(const std::string& projectId,
                                          const std::string& changeId) {
    auto q = db_.prepare(
        "SELECT seq, entity, entity_id FROM outbox WHERE project_id = ? AND change_id = ?");
    q.bind(1, projectId).bind(2, changeId);
    if (!q.step())
        return std::nullopt;
    return Entry{q.getInt(0), q.getText(1), q.getText(2)};
}

void Outbox::drop(std::int64_t seq) {
    db_.prepare("DELETE FROM outbox WHERE seq = ?").bind(1, seq).run();
}

void Outbox::markAnswered(std::int64_t seq, std::string_view state, const json& result) {
    auto q = db_.prepare("UPDATE outbox SET state = ?, result_json = ? WHERE seq = ?");
    q.bind(1, state).bind(2, result.dump()).bind(3, seq).run();
}

void Outbox::rebase(const std::string& entityId, std::int64_t afterSeq, std::int64_t rev) {
    auto q = db_.prepare("UPDATE outbox SET base_rev = ? WHERE entity_id = ? AND seq > ?"
                         " AND state = 'pending' AND base_rev < ?");
    q.bind(1, rev).bind(2, entityId).bind(3, afterSeq).bind(4, rev).run();
}

std::optional<Outbox::PendingEdit> Outbox::pendingEdit(const std::string& entity,
                                                       const std::string& entityId) {
    auto q = db_.prepare("SELECT op, fields_json FROM outbox WHERE entity = ? AND entity_id = ?"
                         " AND state = ? ORDER BY seq");
    q.bind(1, entity).bind(2, entityId).bind(3, kPending);
    std::optional<PendingEdit> edit;
    while (q.step()) {
        if (!edit)
            edit.emplace();
        edit->deleted = q.getText(0) == "delete";
        const json fields = json::parse(q.getText(1));
        for (const auto& [key, value] : fields.items())
            edit->fields[key] = value;
    }
    return edit;
}

int Outbox::pendingCount(const std::string& projectId) {
    auto q = db_.prepare("SELECT count(*) FROM outbox WHERE project_id = ? AND state = 'pending'");
    q.bind(1, projectId);
    return q.step() ? static_cast<int>(q.getInt(0)) : 0;
}

} // namespace survey::device
