// SPDX-License-Identifier: Apache-2.0
#include "auth/account_admin.h"

#include "audit/audit_action.h"
#include "audit/audit_log.h"
#include "auth/token_service.h"
#include "review/sql_json.h"

#include <stdexcept>

namespace survey::server::auth {

using nlohmann::json;

json listAccounts(storage::Database& db) {
    auto q = db.prepare(
        "SELECT u.id, u.username, u.name, u.role, u.disabled, u.created_at,"
        " (SELECT json_group_array(project_id) FROM user_projects p WHERE p.user_id = u.id)"
        " AS projects FROM users u ORDER BY u.username");
    json rows = review::rowsToJson(q);
    for (auto& r : rows) {
        r["projects"] = json::parse(r["projects"].get<std::string>());
        r["disabled"] = r["disabled"].get<std::int64_t>() != 0;
    }
    return rows;
}

void changeAccount(storage::Database& db, const AccountChange& c, const std::string& actor,
                   const std::string& at) {
    storage::Transaction tx(db);
    auto exists = db.prepare("SELECT 1 FROM users WHERE id = ?");
    exists.bind(1, c.userId);
    if (!exists.step())
        throw std::invalid_argument("no such user");
    json detail = json::object();
    if (c.role) {
        auto q = db.prepare("UPDATE users SET role = ? WHERE id = ?");
        q.bind(1, roleName(*c.role)).bind(2, c.userId).run();
        detail["role"] = roleName(*c.role);
    }
    if (c.disabled) {
        auto q = db.prepare("UPDATE users SET disabled = ? WHERE id = ?");
        q.bind(1, *c.disabled ? 1 : 0).bind(2, c.userId).run();
        if (*c.disabled) // a disabled account keeps no live session anywhere
            db.prepare("UPDATE tokens SET revoked = 1 WHERE user_id = ?").bind(1, c.userId).run();
        detail["disabled"] = *c.disabled;
    }
    if (c.projectIds) {
        db.prepare("DELETE FROM user_projects WHERE user_id = ?").bind(1, c.userId).run();
        auto insert = db.prepare("INSERT INTO user_projects(user_id, project_id)"
                                 " SELECT ?1, id FROM projects WHERE id = ?2");
        for (const auto& p : *c.projectIds) {
            insert.reset();
            insert.bind(1, c.userId).bind(2, p).run();
            if (db.changes() != 1)
                throw std::invalid_argument("no such project " + p);
        }
        detail["projects"] = *c.projectIds;
    }
    audit::AuditWriter(db).append({actor, "",
                                   std::string(audit::actionName(audit::AuditAction::UserUpdate)),
                                   c.userId, detail},
                                  at);
    tx.commit();
}

json listDevices(storage::Database& db, std::int64_t now) {
    auto q = db.prepare(
        "SELECT t.device_id, t.user_id, u.username, u.name, max(t.issued_at) AS last_login,"
        " max(t.expires_at) AS expires_at,"
        " sum(t.revoked = 0 AND t.expires_at > ?1) AS live_tokens"
        " FROM tokens t JOIN users u ON u.id = t.user_id"
        " GROUP BY t.device_id, t.user_id ORDER BY last_login DESC");
    q.bind(1, now);
    return review::rowsToJson(q);
}

} // namespace survey::server::auth
