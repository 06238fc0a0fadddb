// SPDX-License-Identifier: Apache-2.0
// Migrations: applied in order and recorded, idempotent, refusing edited history, and
// matching the entity catalogue column for column.
#include "survey/records/entity_catalog.h"
#include "survey/storage/migrations.h"

#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace survey;
using storage::Database;
using storage::SchemaRole;

class TestMigrations : public QObject {
    Q_OBJECT

    static std::set<std::string> columnsOf(Database& db, std::string_view table) {
        std::set<std::string> out;
        auto q = db.prepare("SELECT name FROM pragma_table_info(?)");
        q.bind(1, table);
        while (q.step())
            out.insert(q.getText(0));
        return out;
    }

  private slots:
    void appliesEachRoleOnceAndRecordsIt_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("ownTable");
        QTest::addColumn<QString>("otherTable");
        QTest::newRow("server") << int(SchemaRole::Server) << "change_log"
                                << "outbox";
        QTest::newRow("device") << int(SchemaRole::Device) << "outbox"
                                << "change_log";
    }
    void appliesEachRoleOnceAndRecordsIt() {
        QFETCH(int, role);
        QFETCH(QString, ownTable);
        QFETCH(QString, otherTable);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        const auto all = storage::migrationsFor(SchemaRole(role));
        QVERIFY(all.size() >= 2);
        QVERIFY(all.front().id.starts_with("common/"));
        QCOMPARE(storage::migrate(db, SchemaRole(role)), int(all.size()));
        QCOMPARE(storage::migrate(db, SchemaRole(role)), 0);
        QCOMPARE(storage::schemaVersion(db), int(all.size()));
        QVERIFY(!columnsOf(db, ownTable.toStdString()).empty());
        QVERIFY(columnsOf(db, otherTable.toStdString()).empty());
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.getText(0), std::string("ok"));
    }

    void everyCatalogueFieldHasItsColumn() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        storage::migrate(db, SchemaRole::Server);
        for (const auto& entity : records::allEntities()) {
            const auto cols = columnsOf(db, entity.table);
            QVERIFY2(!cols.empty(), std::string(entity.table).c_str());
            for (auto sys : records::kSystemColumns)
                QVERIFY2(cols.count(std::string(sys)),
                         (std::string(entity.table) + "." + std::string(sys)).c_str());
            for (const auto& f : entity.fields)
                QVERIFY2(cols.count(std::string(f.name)),
                         (std::string(entity.table) + "." + std::string(f.name)).c_str());
            // and nothing in the table that the catalogue does not know
            QCOMPARE(cols.size(), entity.fields.size() + std::size(records::kSystemColumns));
        }
    }

    void refusesAnEditedMigration() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        auto list = storage::migrationsFor(SchemaRole::Device);
        storage::migrate(db, list);
        list.front().sql += "\n-- edited after release";
        QVERIFY_THROWS_EXCEPTION(storage::DbError, storage::migrate(db, list));
    }

    void failedMigrationLeavesNoTrace() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        std::vector<storage::Migration> bad = {
            {"common/9001_bad.sql", "CREATE TABLE half_done(x); THIS IS NOT SQL;"}};
        QVERIFY_THROWS_EXCEPTION(storage::DbError, storage::migrate(db, bad));
        QVERIFY(columnsOf(db, "half_done").empty());
        QCOMPARE(storage::schemaVersion(db), 0);
    }

    void upgradesADatabaseMadeWithTheFirstMigrationOnly() {
        // A database created by an older release (common records only) with a household in
        // it gains the later tables and keeps its rows.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        auto all = storage::migrationsFor(SchemaRole::Server);
        storage::migrate(db, std::vector<storage::Migration>{all.front()});
        db.exec("INSERT INTO projects(id, code, name) VALUES ('p1', 'P1', 'old');"
                "INSERT INTO households(id, project_id, code) VALUES ('h1', 'p1', 'H-1');");
        QCOMPARE(storage::migrate(db, SchemaRole::Server), int(all.size()) - 1);
        auto q = db.prepare("SELECT code FROM households WHERE id = 'h1'");
        QVERIFY(q.step());
        QCOMPARE(q.getText(0), std::string("H-1"));
        QVERIFY(!columnsOf(db, "change_log").empty());
    }

    void rolesMigrationKeepsAccountsAssignmentsAndTokens() {
        // server/0005 rebuilds users to admit the 认定部门 role: the accounts, their project
        // assignments and their tokens come through unchanged, and foreign keys still hold.
        // Reviewers, project-scoped from now on, keep every project they saw.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath("t.db").toStdString());
        std::vector<storage::Migration> before;
        for (auto& m : storage::migrationsFor(SchemaRole::Server))
            if (m.id < "server/0005")
                before.push_back(m);
        storage::migrate(db, before);
        db.exec(
            "INSERT INTO projects(id, code, name) VALUES ('p1', 'P1', 'old');"
            "INSERT INTO users(id, username, name, role, password_hash)"
            " VALUES ('u1', 'alice', '甲', 'surveyor', 'x'), ('u2', 'rita', '乙', 'reviewer', 'y');"
            "INSERT INTO user_projects(user_id, project_id) VALUES ('u1', 'p1');"
            "INSERT INTO tokens(token_sha256, user_id, device_id, issued_at, expires_at)"
            " VALUES ('t1', 'u1', 'd1', '2026-11-30T00:00:00Z', 2000000000);");
        QVERIFY_THROWS_EXCEPTION(
            storage::DbError, db.exec("INSERT INTO users(id, username, name, role, password_hash)"
                                      " VALUES ('u3', 'dora', '丙', 'department', 'z')"));
        QVERIFY(storage::migrate(db, SchemaRole::Server) >= 1);
        db.exec("INSERT INTO users(id, username, name, role, password_hash)"
                " VALUES ('u3', 'dora', '丙', 'department', 'z')");
        auto q = db.prepare("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM"
                            " user_projects WHERE user_id = 'u1'), (SELECT user_id FROM tokens"
                            " WHERE token_sha256 = 't1'), (SELECT count(*) FROM"
                            " pragma_foreign_key_check), (SELECT group_concat(project_id)"
                            " FROM user_projects WHERE user_id = 'u2')");
        QVERIFY(q.step());
        QCOMPARE(q.getInt(0), std::int64_t(3));
        QCOMPARE(q.getInt(1), std::int64_t(1));
        QCOMPARE(q.getText(2), std::string("u1"));
        QCOMPARE(q.getInt(3), std::int64_t(0));
        QCOMPARE(q.getText(4), std::string("p1")); // the reviewer keeps what it saw
        QVERIFY(columnsOf(db, "team_members").count("team_id"));
        QVERIFY_THROWS_EXCEPTION(storage::DbError,
                                 db.exec("INSERT INTO user_projects(user_id, project_id)"
                                         " VALUES ('nobody', 'p1')"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
