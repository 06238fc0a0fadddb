// SPDX-License-Identifier: Apache-2.0
#include "survey/records/record_store.h"

#include <algorithm>
#include <sqlite3.h>

namespace survey::records {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;

namespace {
constexpr std::size_t kMaxTextBytes = 8192;
constexpr std::size_t kMaxListItems = 1000;

// nlohmann keeps integers above INT64_MAX as unsigned; they would wrap when stored as int64.
bool isInt64(const json& v) {
    return v.is_number_integer() &&
           !(v.is_number_unsigned() &&
             v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX));
}

bool isIntList(const json& v) {
    if (!v.is_array() || v.size() > kMaxListItems)
        return false;
    for (const auto& x : v)
        if (!isInt64(x))
            return false;
    return true;
}

bool isIntPairList(const json& v) {
    if (!v.is_array() || v.size() > kMaxListItems)
        return false;
    for (const auto& p : v)
        if (!p.is_array() || p.size() != 2 || !isInt64(p[0]) || !isInt64(p[1]))
            return false;
    return true;
}

bool hasType(const json& v, FieldType type) {
    switch (type) {
    case FieldType::Text:
        return v.is_string() && v.get_ref<const std::string&>().size() <= kMaxTextBytes;
    case FieldType::Integer:
        return isInt64(v);
    case FieldType::Real:
        return v.is_number();
    case FieldType::Bool:
        return v.is_boolean();
    case FieldType::IntList:
        return isIntList(v);
    case FieldType::IntPairList:
        return isIntPairList(v);
    }
    return false;
}

std::string_view typeName(FieldType type) {
    switch (type) {
    case FieldType::Text:
        return "a string (at most 8192 bytes)";
    case FieldType::Integer:
        return "an integer";
    case FieldType::Real:
        return "a number";
    case FieldType::Bool:
        return "true or false";
    case FieldType::IntList:
        return "an array of integers";
    case FieldType::IntPairList:
        return "an array of [x, y] integer pairs";
    }
    return "?";
}

void bindField(storage::Statement& q, int index, const json& v, FieldType type) {
    if (v.is_null()) {
        q.bindNull(index);
        return;
    }
    switch (type) {
    // The record's fields outlive the statement's step (RecordStore::write).
    case FieldType::Text:
        q.bindView(index, v.get_ref<const std::string&>());
        break;
    case FieldType::Integer:
        q.bind(index, v.get<std::int64_t>());
        break;
    case FieldType::Real:
        q.bind(index, v.get<double>());
        break;
    case FieldType::Bool:
        q.bind(index, std::int64_t{v.get<bool>() ? 1 : 0});
        break;
    case FieldType::IntList:
    case FieldType::IntPairList:
        q.bind(index, v.dump());
        break;
    }
}

// The row as load() reads it back after write(): catalogue fields only, nulls left out, each
// value in its column's type (a whole number written to a real column reads back as a real).
StoredRecord asStored(const EntitySpec& entity, const RowHeader& header, const json& fields) {
    StoredRecord r{std::string(header.id),
                   std::string(header.projectId),
                   std::string(header.updatedAt),
                   std::string(header.updatedBy),
                   std::string(header.deviceId),
                   header.rev,
                   header.deleted,
                   json::object()};
    for (const auto& f : entity.fields) {
        auto it = fields.find(f.name);
        if (it == fields.end() || it->is_null())
            continue;
        json& v = r.fields[std::string(f.name)];
        switch (f.type) {
        case FieldType::Integer:
            v = it->get<std::int64_t>();
            break;
        case FieldType::Real:
            v = it->get<double>();
            break;
        case FieldType::Bool:
            v = it->get<bool>();
            break;
        case FieldType::Text:
        case FieldType::IntList:
        case FieldType::IntPairList:
            v = *it;
            break;
        }
    }
    return r;
}

std::string readSql(const EntitySpec& entity) {
    std::string sql = "SELECT id, project_id, rev, deleted, updated_at, updated_by, device_id";
    for (const auto& f : entity.fields)
        sql += ", \"" + std::string(f.name) + "\"";
    return sql + " FROM " + std::string(entity.table) + " WHERE id = ?";
}

std::string writeSql(const EntitySpec& entity) {
    std::string cols = "id, project_id, rev, deleted, updated_at, updated_by, device_id";
    std::string marks = "?, ?, ?, ?, ?, ?, ?";
    std::string updates = "project_id = excluded.project_id, rev = excluded.rev,"
                          " deleted = excluded.deleted, updated_at = excluded.updated_at,"
                          " updated_by = excluded.updated_by, device_id = excluded.device_id";
    for (const auto& f : entity.fields) {
        // Appended rather than "\"" + name: GCC 12 at -O3 warns falsely (-Wrestrict) on that.
        std::string name(1, '"');
        name.append(f.name).push_back('"');
        cols += ", " + name;
        marks += ", ?";
        updates += ", " + name + " = excluded." + name;
    }
    return "INSERT INTO " + std::string(entity.table) + " (" + cols + ") VALUES (" + marks +
           ") ON CONFLICT(id) DO UPDATE SET " + updates;
}
} // namespace

std::optional<ApiError> validateFields(const EntitySpec& entity, const json& fields,
                                       bool isNewRecord) {
    if (!fields.is_object())
        return ApiError{ErrorCode::WrongType, "fields must be an object", "fields"};
    for (const auto& [key, value] : fields.items()) {
        const FieldSpec* spec = entity.field(key);
        if (!spec)
            return ApiError{ErrorCode::UnknownField,
                            "unknown field " + key + " for " + std::string(entity.name), key};
        if (value.is_null()) {
            if (spec->required)
                return ApiError{ErrorCode::MissingField, key + " may not be null", key};
            continue;
        }
        if (!hasType(value, spec->type))
            return ApiError{ErrorCode::WrongType,
                            key + " must be " + std::string(typeName(spec->type)), key};
    }
    if (isNewRecord)
        for (const auto& spec : entity.fields)
            if (spec.required && (!fields.contains(spec.name) || fields[spec.name].is_null()))
                return ApiError{ErrorCode::MissingField,
                                std::string(spec.name) + " is required for a new " +
                                    std::string(entity.name),
                                std::string(spec.name)};
    return std::nullopt;
}

json columnToJson(const storage::Statement& q, int col, FieldType type) {
    if (q.isNull(col))
        return nullptr;
    switch (type) {
    case FieldType::Text:
        return q.getText(col);
    case FieldType::Integer:
        return q.getInt(col);
    case FieldType::Real:
        return q.getDouble(col);
    case FieldType::Bool:
        return q.getInt(col) != 0;
    case FieldType::IntList:
    case FieldType::IntPairList:
        return json::parse(q.getText(col), nullptr, false);
    }
    return nullptr;
}

storage::Statement& RecordStore::cached(Statements& statements, const EntitySpec& entity,
                                        std::string (*sqlFor)(const EntitySpec&)) {
    auto it = statements.find(&entity);
    if (it == statements.end())
        it = statements.emplace(&entity, db_.prepareCached(sqlFor(entity))).first;
    it->second.reset();
    return it->second;
}

bool RecordStore::remembers(const EntitySpec& entity) const {
    if (!rememberParents_)
        return false;
    const auto entities = allEntities();
    return std::any_of(entities.begin(), entities.end(),
                       [&](const EntitySpec& e) { return e.parentEntity == entity.name; });
}

std::optional<StoredRecord> RecordStore::read(const EntitySpec& entity, const std::string& id) {
    if (!remembers(entity))
        return load(entity, id);
    auto row = readShared(entity, id);
    return row ? std::optional<StoredRecord>(*row) : std::nullopt;
}

std::shared_ptr<const StoredRecord> RecordStore::readShared(const EntitySpec& entity,
                                                            const std::string& id) {
    if (!remembers(entity)) {
        auto row = load(entity, id);
        return row ? std::make_shared<const StoredRecord>(std::move(*row)) : nullptr;
    }
    auto& rows = remembered_[&entity];
    if (auto it = rows.find(id); it != rows.end())
        return it->second;
    auto row = load(entity, id);
    if (!row)
        return nullptr;
    auto shared = std::make_shared<const StoredRecord>(std::move(*row));
    rows.emplace(id, shared);
    return shared;
}

std::optional<StoredRecord> RecordStore::load(const EntitySpec& entity, const std::string& id) {
    auto& q = cached(reads_, entity, readSql);
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    StoredRecord r;
    r.id = q.getText(0);
    r.projectId = q.getText(1);
    r.rev = q.getInt(2);
    r.deleted = q.getInt(3) != 0;
    r.updatedAt = q.getText(4);
    r.updatedBy = q.getText(5);
    r.deviceId = q.getText(6);
    int col = 7;
    for (const auto& f : entity.fields) {
        json v = columnToJson(q, col++, f.type);
        if (!v.is_null())
            r.fields[std::string(f.name)] = std::move(v);
    }
    q.reset();
    return r;
}

void RecordStore::write(const EntitySpec& entity, const StoredRecord& record, const RowMeta& meta) {
    write(entity,
          {record.id, record.projectId, record.rev, record.deleted, meta.updatedAt, meta.updatedBy,
           meta.deviceId},
          record.fields);
}

void RecordStore::write(const EntitySpec& entity, const RowHeader& header, const json& fields) {
    auto& q = cached(writes_, entity, writeSql);
    q.bindView(1, header.id).bindView(2, header.projectId).bind(3, header.rev);
    q.bind(4, std::int64_t{header.deleted ? 1 : 0});
    q.bindView(5, header.updatedAt).bindView(6, header.updatedBy).bindView(7, header.deviceId);
    int index = 8;
    static const json kNull;
    for (const auto& f : entity.fields) {
        auto it = fields.find(f.name);
        bindField(q, index++, it == fields.end() ? kNull : *it, f.type);
    }
    q.run();
    // Kept as written, so that the batch's next child of this parent does not read it back.
    if (remembers(entity))
        remembered_[&entity].insert_or_assign(
            std::string(header.id),
            std::make_shared<const StoredRecord>(asStored(entity, header, fields)));
}

std::string RecordStore::householdOf(const EntitySpec& entity, const std::string& id,
                                     const json& fields) {
    if (entity.parentEntity.empty())
        return id;
    auto parentIt = fields.find(std::string(entity.parentField));
    std::string parentId;
    if (parentIt != fields.end() && parentIt->is_string()) {
        parentId = parentIt->get<std::string>();
    } else if (auto stored = readShared(entity, id)) {
        auto p = stored->fields.find(std::string(entity.parentField));
        if (p != stored->fields.end() && p->is_string())
            parentId = p->get<std::string>();
    }
    if (parentId.empty())
        return {};
    const EntitySpec* parent = findEntity(entity.parentEntity);
    auto parentRow = readShared(*parent, parentId);
    if (!parentRow)
        return {};
    return householdOf(*parent, parentId, parentRow->fields);
}

} // namespace survey::records
