// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace survey::records {

/// How a field travels in JSON and is kept in SQLite.
enum class FieldType {
    Text,       ///< JSON string, TEXT column
    Integer,    ///< JSON integer, INTEGER column
    Real,       ///< JSON number, REAL column (coordinates only; never areas)
    Bool,       ///< JSON true/false, INTEGER 0/1 column
    IntList,    ///< JSON array of integers, TEXT column holding that JSON
    IntPairList ///< JSON array of [x, y] integer pairs, TEXT column holding that JSON
};

struct FieldSpec {
    std::string_view name;
    FieldType type;
    bool required = false; ///< must be present and non-null on insert
};

/// One synchronised record type: its wire name, its table, its parent and its fields.
/// Both the server (push validation, storage) and the tablet (local store, pull) are
/// driven by this one catalogue, so a field cannot exist on one side only.
struct EntitySpec {
    std::string_view name;         ///< wire name, e.g. "part"
    std::string_view table;        ///< SQLite table, e.g. "parts"
    std::string_view parentField;  ///< e.g. "building_id"; empty for household
    std::string_view parentEntity; ///< e.g. "building"
    std::span<const FieldSpec> fields;

    const FieldSpec* field(std::string_view fieldName) const;
};

/// All entities in dependency order (parents before children).
std::span<const EntitySpec> allEntities();

const EntitySpec* findEntity(std::string_view name);

/// Columns every record row carries besides its fields (not writable by clients).
inline constexpr std::string_view kSystemColumns[] = {"id",         "project_id", "rev",
                                                      "updated_at", "updated_by", "device_id",
                                                      "deleted"};

} // namespace survey::records
