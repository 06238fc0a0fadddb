// SPDX-License-Identifier: Apache-2.0
#include "survey/records/entity_catalog.h"

namespace survey::records {

namespace {
using enum FieldType;

constexpr FieldSpec kHousehold[] = {
    {"code", Text, true},     {"address", Text},          {"door_no", Text},
    {"head_name", Text},      {"head_id_number", Text},   {"head_phone", Text},
    {"tenure", Text},         {"title_no", Text},         {"house_cert_no", Text},
    {"land_cert_no", Text},   {"land_type", Text},        {"approved_use", Text},
    {"actual_use", Text},     {"business_licence", Text}, {"business_trade", Text},
    {"business_area_dm2", Integer}, {"lat", Real},        {"lon", Real},
    {"gps_accuracy_m", Real}, {"status", Text},           {"notes", Text},
    {"review_comment", Text}, // the reviewer's, set by review; surveyors' pushes may not
};
constexpr FieldSpec kMember[] = {
    {"household_id", Text, true}, {"name", Text, true}, {"relation", Text},
    {"id_number", Text},          {"phone", Text},      {"circumstances", Text},
};
constexpr FieldSpec kBuilding[] = {
    {"household_id", Text, true}, {"no", Integer, true},     {"structure", Text},
    {"floors_above", Integer},    {"floors_below", Integer}, {"year_built", Integer},
    {"registered", Bool},         {"cert_area_dm2", Integer}, {"measured_area_dm2", Integer},
    {"approved_use", Text},       {"actual_use", Text},      {"orientation", Text},
    {"recognition", Text},
};
constexpr FieldSpec kPart[] = {
    {"building_id", Text, true}, {"floor", Integer},    {"kind", Text, true},
    {"lengths_mm", IntList},     {"vertices_mm", IntPairList}, {"height_mm", Integer},
    {"sill_mm", Integer},        {"area_dm2", Integer}, {"note", Text},
};
constexpr FieldSpec kItem[] = {
    {"household_id", Text, true}, {"name", Text, true}, {"unit", Text},
    {"quantity_milli", Integer},  {"spec", Text},       {"kind", Text},
};
constexpr FieldSpec kPhoto[] = {
    {"household_id", Text, true}, {"subject_id", Text}, {"category", Text},
    {"sha256", Text, true},       {"taken_at", Text},   {"lat", Real},
    {"lon", Real},                {"gps_accuracy_m", Real}, {"surveyor", Text},
};
constexpr FieldSpec kSignature[] = {
    {"household_id", Text, true}, {"role", Text, true},        {"signer_name", Text},
    {"signed_at", Text},          {"signed_hash", Text, true}, {"strokes_sha256", Text},
    {"lat", Real},                {"lon", Real},
};

constexpr EntitySpec kEntities[] = {
    {"household", "households", "", "", kHousehold},
    {"member", "members", "household_id", "household", kMember},
    {"building", "buildings", "household_id", "household", kBuilding},
    {"part", "parts", "building_id", "building", kPart},
    {"item", "items", "household_id", "household", kItem},
    {"photo", "photos", "household_id", "household", kPhoto},
    {"signature", "signatures", "household_id", "household", kSignature},
};
} // namespace

const FieldSpec* EntitySpec::field(std::string_view fieldName) const {
    for (const auto& f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

std::span<const EntitySpec> allEntities() { return kEntities; }

const EntitySpec* findEntity(std::string_view name) {
    for (const auto& e : kEntities)
        if (e.name == name)
            return &e;
    return nullptr;
}

} // namespace survey::records
