// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"
#include "survey/records/entity_catalog.h"
#include "survey/storage/database.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

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

/// The system columns of a row being written, viewed where the caller keeps them.
struct RowHeader {
    std::string_view id, projectId;
    std::int64_t rev = 0;
    bool deleted = false;
    std::string_view updatedAt, updatedBy, deviceId;
};

/// Reads and writes record rows of any catalogue entity in the shared schema, with the
/// prepared statements cached per entity (a push or pull touches thousands of rows).
class RecordStore {
  public:
    explicit RecordStore(storage::Database& db) : db_(db) {}

    std::optional<StoredRecord> read(const EntitySpec& entity, const std::string& id);
    /// read() without a copy of a remembered row (see rememberParents).
    std::shared_ptr<const StoredRecord> readShared(const EntitySpec& entity, const std::string& id);
    /// From now on keeps the rows of parent entities (households, buildings) once read or
    /// written, so that a batch whose records name the same parents again and again reads
    /// each from SQLite at most once. Only for a store that alone writes record rows
    /// while it lives, inside one transaction: a push batch.
    void rememberParents() { rememberParents_ = true; }
    /// Inserts or replaces the whole row.
    void write(const EntitySpec& entity, const StoredRecord& record, const RowMeta& meta);
    /// write() of a row whose fields the caller holds apart (no StoredRecord to copy them in).
    void write(const EntitySpec& entity, const RowHeader& header, const nlohmann::json& fields);
    /// The household a record belongs to (itself for a household), following parents;
    /// empty when a parent is missing.
    std::string householdOf(const EntitySpec& entity, const std::string& id,
                            const nlohmann::json& fields);

  private:
    std::optional<StoredRecord> load(const EntitySpec& entity, const std::string& id);
    bool remembers(const EntitySpec& entity) const;
    /// Prepared statements of one kind by catalogue entity (compared by address: a push
    /// looks one up per change, and comparing names cost more than running some of them).
    using Statements = std::map<const EntitySpec*, storage::Statement>;
    /// The entity's statement of one kind, taken from the connection's statement cache (and
    /// its SQL built) on first use: a pushed batch of 500 would otherwise prepare a dozen.
    storage::Statement& cached(Statements& statements, const EntitySpec& entity,
                               std::string (*sqlFor)(const EntitySpec&));
    storage::Database& db_;
    Statements reads_, writes_;
    bool rememberParents_ = false;
    /// Remembered rows by entity (by address, as the statements), then by id.
    std::map<const EntitySpec*,
             std::unordered_map<std::string, std::shared_ptr<const StoredRecord>>>
        remembered_;
};

/// Wire JSON of a column value according to the field's type.
nlohmann::json columnToJson(const storage::Statement& q, int col, FieldType type);

} // namespace survey::records
