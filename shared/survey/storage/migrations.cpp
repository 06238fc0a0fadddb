// SPDX-License-Identifier: Apache-2.0
#include "survey/storage/migrations.h"

#include "survey/hashing/sha256.h"

#include <algorithm>
#include <string_view>
#include <utility>

// Generated from shared/schema/**.sql by cmake/EmbedFiles.cmake.
std::vector<std::pair<std::string_view, std::string_view>> surveyEmbeddedMigrations();

namespace survey::storage {

std::vector<Migration> migrationsFor(SchemaRole role) {
    const std::string_view own = role == SchemaRole::Server ? "server/" : "device/";
    std::vector<Migration> out;
    for (const auto& [name, sql] : surveyEmbeddedMigrations()) {
        if (name.starts_with("common/") || name.starts_with(own))
            out.push_back({std::string(name), std::string(sql)});
    }
    // Common records first, then the role's own tables; numbered files keep their order.
    std::stable_sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) {
        bool ac = a.id.starts_with("common/"), bc = b.id.starts_with("common/");
        if (ac != bc)
            return ac;
        return a.id < b.id;
    });
    return out;
}

int migrate(Database& db, const std::vector<Migration>& migrations) {
    db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
            " id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, applied_at TEXT NOT NULL)");
    int applied = 0;
    for (const auto& m : migrations) {
        const std::string digest = hashing::sha256Hex(m.sql);
        auto q = db.prepare("SELECT sha256 FROM schema_migrations WHERE id = ?");
        q.bind(1, m.id);
        if (q.step()) {
            if (q.getText(0) != digest)
                throw DbError(0, "migration " + m.id +
                                     " was edited after it was applied; add a new migration");
            continue;
        }
        Transaction tx(db);
        db.exec(m.sql);
        auto ins = db.prepare("INSERT INTO schema_migrations(id, sha256, applied_at)"
                              " VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
        ins.bind(1, m.id).bind(2, digest).run();
        tx.commit();
        ++applied;
    }
    return applied;
}

int migrate(Database& db, SchemaRole role) { return migrate(db, migrationsFor(role)); }

int schemaVersion(Database& db) {
    auto q = db.prepare("SELECT count(*) FROM schema_migrations");
    return q.step() ? static_cast<int>(q.getInt(0)) : 0;
}

} // namespace survey::storage
