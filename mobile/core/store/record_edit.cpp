// SPDX-License-Identifier: Apache-2.0
// LocalStore's edits: every save and delete lands in the record table and the outbox in
// one transaction, so a tablet that dies mid-save has either both or neither.
#include "store/input_rules.h"
#include "store/local_store.h"
#include "store/part_area.h"
#include "survey/records/record_id.h"

#include <QDateTime>
#include <stdexcept>

namespace survey::device {

using nlohmann::json;

namespace {
const records::EntitySpec& entitySpec(const QString& entity) {
    const auto* spec = records::findEntity(entity.toStdString());
    if (!spec)
        throw std::invalid_argument("unknown entity " + entity.toStdString());
    return *spec;
}

// The given fields whose value differs from the stored one (an absent field counts as null).
json changedFields(const json& stored, const json& given) {
    json out = json::object();
    for (const auto& [key, value] : given.items()) {
        auto it = stored.find(key);
        const json old = it == stored.end() ? json() : *it;
        if (old != value)
            out[key] = value;
    }
    return out;
}

// A household code is unique among the project's live households; checked here so that the
// surveyor gets a message instead of a constraint error.
void checkHouseholdCode(storage::Database& db, const std::string& projectId, const std::string& id,
                        const json& fields) {
    auto code = fields.find("code");
    if (code == fields.end() || !code->is_string())
        return;
    auto q = db.prepare("SELECT 1 FROM households WHERE project_id = ? AND code = ?"
                        " AND deleted = 0 AND id <> ?");
    q.bind(1, projectId).bind(2, code->get<std::string>()).bind(3, id);
    if (q.step())
        throw std::invalid_argument("户编号 " + code->get<std::string>() + " 已存在");
}
} // namespace

records::RowMeta LocalStore::localMeta() {
    return {QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString(), userName_,
            deviceId().toStdString()};
}

QString LocalStore::save(const QString& projectId, const QString& entity, const QString& id,
                         const json& fields) {
    const auto& spec = entitySpec(entity);
    const std::string pid = projectId.toStdString();
    const std::string recordId = id.isEmpty() ? records::newRecordId() : id.toStdString();
    if (!sync::isValidId(recordId))
        throw std::invalid_argument("id must be 1-64 characters of A-Z a-z 0-9 _ -");
    if (!project(projectId))
        throw std::invalid_argument("unknown project " + pid);
    auto stored = records_.read(spec, recordId);
    if (stored && stored->projectId != pid)
        throw std::invalid_argument("record " + recordId + " belongs to another project");
    if (stored && stored->deleted)
        throw std::invalid_argument("record " + recordId + " has been deleted");
    if (auto error = records::validateFields(spec, fields, !stored))
        throw std::invalid_argument(error->message);

    json given = checkedInput(spec, fields);
    json merged = stored ? stored->fields : json::object();
    for (const auto& [key, value] : given.items()) {
        if (value.is_null())
            merged.erase(key);
        else
            merged[key] = value;
    }
    if (spec.name == "part") {
        // Recomputed from the whole row: a new height alone can change the area.
        merged = withComputedArea(merged);
        given["area_dm2"] = merged["area_dm2"];
    }
    if (spec.name == "household")
        checkHouseholdCode(db_, pid, recordId, given);

    const json changed = stored ? changedFields(stored->fields, given) : given;
    if (changed.empty())
        return QString::fromStdString(recordId);

    records::StoredRecord row = stored.value_or(records::StoredRecord{});
    row.id = recordId;
    row.projectId = pid;
    row.fields = std::move(merged);
    storage::Transaction tx(db_);
    records_.write(spec, row, localMeta());
    sync::Change change{records::newRecordId(),
                        std::string(spec.name),
                        recordId,
                        sync::Op::Upsert,
                        row.rev,
                        changed};
    outbox_.append(pid, records_.householdOf(spec, recordId, row.fields), change);
    tx.commit();
    return QString::fromStdString(recordId);
}

void LocalStore::remove(const QString& projectId, const QString& entity, const QString& id) {
    const auto& spec = entitySpec(entity);
    const std::string pid = projectId.toStdString();
    auto stored = records_.read(spec, id.toStdString());
    if (!stored || stored->projectId != pid)
        throw std::invalid_argument("no " + std::string(spec.name) + " " + id.toStdString() +
                                    " in project " + pid);
    if (stored->deleted)
        return;
    storage::Transaction tx(db_);
    stored->deleted = true;
    records_.write(spec, *stored, localMeta());
    sync::Change change{
        records::newRecordId(), std::string(spec.name), stored->id, sync::Op::Delete, stored->rev,
        json::object()};
    outbox_.append(pid, records_.householdOf(spec, stored->id, stored->fields), change);
    tx.commit();
}

} // namespace survey::device
