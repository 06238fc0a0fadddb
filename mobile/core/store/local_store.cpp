// SPDX-License-Identifier: Apache-2.0
#include "store/local_store.h"

#include "survey/households/street.h"
#include "survey/storage/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>
#include <set>

namespace survey::device {

namespace {
storage::Database openMigrated(const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = storage::Database::open(path.toStdString());
    storage::migrate(db, storage::SchemaRole::Device);
    return db;
}

QString text(const storage::Statement& q, int col) {
    return QString::fromStdString(q.getText(col));
}

ProjectInfo projectFrom(const storage::Statement& q) {
    ProjectInfo p;
    p.id = text(q, 0);
    p.code = text(q, 1);
    p.name = text(q, 2);
    p.areaGrade = static_cast<int>(q.getInt(3));
    p.gpsMaxAccuracyM = q.getDouble(4);
    p.gpsMaxAgeS = static_cast<int>(q.getInt(5));
    p.freezeDate = text(q, 6);
    return p;
}

constexpr std::string_view kProjectColumns =
    "SELECT id, code, name, area_grade, gps_max_accuracy_m, gps_max_age_s, freeze_date"
    " FROM projects";

// LIKE pattern matching `search` literally anywhere in the text.
std::string containsPattern(const QString& search) {
    QString escaped = search;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("%"), QStringLiteral("\\%"))
        .replace(QStringLiteral("_"), QStringLiteral("\\_"));
    return ("%" + escaped + "%").toStdString();
}
} // namespace

LocalStore::LocalStore(const QString& path)
    : db_(openMigrated(path)), records_(db_), outbox_(db_) {}

QString LocalStore::deviceId() {
    QString id = setting(QStringLiteral("device_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setSetting(QStringLiteral("device_id"), id);
    }
    return id;
}

QString LocalStore::setting(const QString& key) {
    auto q = db_.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, key.toStdString());
    return q.step() ? text(q, 0) : QString();
}

void LocalStore::setSetting(const QString& key, const QString& value) {
    auto q = db_.prepare("INSERT INTO settings(key, value) VALUES (?, ?)"
                         " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key.toStdString()).bind(2, value.toStdString()).run();
}

void LocalStore::upsertProject(const ProjectInfo& p) {
    auto q = db_.prepare(
        "INSERT INTO projects(id, code, name, area_grade, gps_max_accuracy_m, gps_max_age_s,"
        " freeze_date) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
        " code = excluded.code, name = excluded.name, area_grade = excluded.area_grade,"
        " gps_max_accuracy_m = excluded.gps_max_accuracy_m,"
        " gps_max_age_s = excluded.gps_max_age_s, freeze_date = excluded.freeze_date");
    q.bind(1, p.id.toStdString()).bind(2, p.code.toStdString()).bind(3, p.name.toStdString());
    q.bind(4, p.areaGrade).bind(5, p.gpsMaxAccuracyM).bind(6, p.gpsMaxAgeS);
    if (p.freezeDate.isEmpty())
        q.bindNull(7);
    else
        q.bind(7, p.freezeDate.toStdString());
    q.run();
}

QList<ProjectInfo> LocalStore::projects() {
    auto q = db_.prepare(std::string(kProjectColumns) + " ORDER BY code");
    QList<ProjectInfo> out;
    while (q.step())
        out.append(projectFrom(q));
    return out;
}

std::optional<ProjectInfo> LocalStore::project(const QString& id) {
    auto q = db_.prepare(std::string(kProjectColumns) + " WHERE id = ?");
    q.bind(1, id.toStdString());
    if (!q.step())
        return std::nullopt;
    return projectFrom(q);
}

std::optional<records::StoredRecord> LocalStore::read(const QString& entity, const QString& id) {
    const auto* spec = records::findEntity(entity.toStdString());
    if (!spec)
        return std::nullopt;
    return records_.read(*spec, id.toStdString());
}

QList<records::StoredRecord> LocalStore::children(const QString& entity, const QString& parentId) {
    QList<records::StoredRecord> out;
    const auto* spec = records::findEntity(entity.toStdString());
    if (!spec || spec->parentField.empty())
        return out;
    // Catalogue names, never user input, so composing the SQL is safe.
    auto q = db_.prepare("SELECT id FROM " + std::string(spec->table) + " WHERE \"" +
                         std::string(spec->parentField) + "\" = ? AND deleted = 0 ORDER BY rowid");
    q.bind(1, parentId.toStdString());
    std::vector<std::string> ids;
    while (q.step())
        ids.push_back(q.getText(0));
    for (const auto& id : ids)
        if (auto r = records_.read(*spec, id))
            out.append(std::move(*r));
    return out;
}

QList<HouseholdSummary> LocalStore::households(const QString& projectId,
                                               const HouseholdFilter& filter) {
    auto q = db_.prepare(
        "SELECT h.id, h.code, h.head_name, h.address, h.door_no, h.status, h.rev,"
        " (SELECT count(*) FROM outbox o WHERE o.household_id = h.id AND o.state = 'pending'),"
        " (SELECT count(*) FROM outbox o WHERE o.household_id = h.id AND o.state <> 'pending')"
        " FROM households h WHERE h.project_id = ?1 AND h.deleted = 0"
        " AND (?2 = '' OR h.code LIKE ?3 ESCAPE '\\' OR h.head_name LIKE ?3 ESCAPE '\\'"
        " OR h.address LIKE ?3 ESCAPE '\\')"
        " AND (?4 = '' OR coalesce(h.status, 'not_surveyed') = ?4) ORDER BY h.code");
    const QString search = filter.search.trimmed();
    q.bind(1, projectId.toStdString()).bind(2, search.toStdString());
    q.bind(3, containsPattern(search)).bind(4, filter.status.toStdString());
    const std::string street = filter.street.toStdString();
    QList<HouseholdSummary> out;
    while (q.step()) {
        HouseholdSummary s;
        s.id = text(q, 0);
        s.code = text(q, 1);
        s.headName = text(q, 2);
        s.address = text(q, 3);
        s.doorNo = text(q, 4);
        s.status = text(q, 5);
        s.rev = q.getInt(6);
        s.pendingChanges = static_cast<int>(q.getInt(7));
        s.problems = static_cast<int>(q.getInt(8));
        if (filter.unsyncedOnly && s.pendingChanges == 0 && s.problems == 0)
            continue;
        if (!street.empty() && households::streetOf(s.address.toStdString()) != street)
            continue;
        out.append(s);
    }
    return out;
}

QStringList LocalStore::streets(const QString& projectId) {
    auto q = db_.prepare("SELECT DISTINCT address FROM households"
                         " WHERE project_id = ? AND deleted = 0 AND address IS NOT NULL");
    q.bind(1, projectId.toStdString());
    std::set<std::string> streets;
    while (q.step())
        if (auto street = households::streetOf(q.getText(0)); !street.empty())
            streets.insert(std::move(street));
    QStringList out;
    for (const auto& street : streets)
        out.append(QString::fromStdString(street));
    return out;
}

int LocalStore::pendingCount(const QString& projectId) {
    return outbox_.pendingCount(projectId.toStdString());
}

qint64 LocalStore::pullCursor(const QString& projectId) {
    auto q = db_.prepare("SELECT pull_cursor FROM sync_state WHERE project_id = ?");
    q.bind(1, projectId.toStdString());
    return q.step() ? q.getInt(0) : 0;
}

} // namespace survey::device
