// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"
#include "survey/records/entity_catalog.h"
#include "survey/storage/database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace survey::records {

/// Checks a change's fields against the catalogue: unknown fields, wrong JSON types,
/// over-long text, and (for a new record) required fields. Nothing is written.
std::optional<errors::ApiError> validateFields(const EntitySpec& entity,
                                               const nlohmann::json& fields, bool isNewRecord);

/// A record row as stored: system columns plus its catalogue fields as wire JSON.
struct StoredRecord {
    std::string id, projectId, updatedAt, updatedBy, deviceId;
    std::int64_t rev = 0;
    bool deleted = false;
    nlohmann::json fields = nlohmann::json::object();
};

/// Who and when, written with every record change.
struct RowMeta {
    std::string updatedAt, updatedBy, deviceId;
};

/// Reads and writes record rows of any catalogue entity in the shared schema, with the
/// prepared statements cached per entity (a push or pull touches thousands of rows).
class RecordStore {
public:
    explicit RecordStore(storage::Database& db) : db_(db) {}

    std::optional<StoredRecord> read(const EntitySpec& entity, const std::string& id);
    /// Inserts or replaces the whole row.
    void write(const EntitySpec& entity, const StoredRecord& record, const RowMeta& meta);
    /// The household a record belongs to (itself for a household), following parents;
    /// empty when a parent is missing.
    std::string householdOf(const EntitySpec& entity, const std::string& id,
                            const nlohmann::json& fields);

private:
    storage::Statement& cached(const std::string& key, const std::string& sql);
    storage::Database& db_;
    std::map<std::string, std::unique_ptr<storage::Statement>> statements_;
};

/// Wire JSON of a column value according to the field's type.
nlohmann::json columnToJson(const storage::Statement& q, int col, FieldType type);

} // namespace survey::records
