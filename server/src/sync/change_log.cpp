// SPDX-License-Identifier: Apache-2.0
#include "sync/change_log.h"

#include "survey/records/canonical_json.h"

namespace survey::server::sync {

using nlohmann::json;
using survey::sync::Op;

std::int64_t ChangeLog::append(const LoggedChange& c) {
    if (!insert_)
        insert_.emplace(db_.prepare(
            "INSERT INTO change_log(project_id, entity, entity_id, op, fields_json, change_id,"
            " user_id, device_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto& q = *insert_;
    q.reset();
    q.bind(1, c.projectId).bind(2, c.entity).bind(3, c.entityId);
    q.bind(4, survey::sync::opName(c.op)).bind(5, records::canonicalJson(c.fields));
    q.bind(6, c.changeId).bind(7, c.userId).bind(8, c.deviceId).bind(9, c.at).run();
    return db_.lastInsertRowId();
}

std::optional<json> ChangeLog::snapshot(const std::string& entity, const std::string& entityId,
                                        std::int64_t seq) {
    auto q = db_.prepare(
        "SELECT fields_json FROM change_log WHERE seq = ? AND entity_id = ? AND entity = ?");
    q.bind(1, seq).bind(2, entityId).bind(3, entity);
    if (!q.step())
        return std::nullopt;
    json fields = json::parse(q.getText(0), nullptr, false);
    if (!fields.is_object())
        return std::nullopt;
    return fields;
}

survey::sync::ChangesPage ChangeLog::page(const std::string& projectId, std::int64_t since,
                                          std::int64_t limit) {
    // One row more than asked tells whether another page follows.
    auto q = db_.prepare("SELECT seq, entity, entity_id, op, fields_json FROM change_log"
                         " WHERE project_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    q.bind(1, projectId).bind(2, since).bind(3, limit + 1);
    survey::sync::ChangesPage page;
    page.next = since;
    while (q.step()) {
        if (static_cast<std::int64_t>(page.changes.size()) == limit) {
            page.more = true;
            break;
        }
        survey::sync::PulledChange c;
        c.seq = q.getInt(0);
        c.entity = q.getText(1);
        c.id = q.getText(2);
        c.rev = c.seq;
        c.op = q.getText(3) == "delete" ? Op::Delete : Op::Upsert;
        c.fields = json::parse(q.getText(4), nullptr, false);
        page.next = c.seq;
        page.changes.push_back(std::move(c));
    }
    return page;
}

} // namespace survey::server::sync
