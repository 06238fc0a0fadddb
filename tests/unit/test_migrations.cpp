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
        QTest::newRow("server") << int(SchemaRole::Server) << "change_log" << "outbox";
        QTest::newRow("device") << int(SchemaRole::Device) << "outbox" << "change_log";
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
                QVERIFY2(cols.count(std::string(sys)), (std::string(entity.table) + "." + std::string(sys)).c_str());
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
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
