// SPDX-License-Identifier: Apache-2.0
#include "survey/households/household_record.h"

#include "survey/storage/database.h"

#include <nlohmann/json.hpp>

namespace survey::households {

namespace {
using storage::Statement;

std::optional<std::int64_t> optInt(const Statement& q, int col) {
    if (q.isNull(col))
        return std::nullopt;
    return q.getInt(col);
}
std::optional<int> optInt32(const Statement& q, int col) {
    if (q.isNull(col))
        return std::nullopt;
    return static_cast<int>(q.getInt(col));
}
std::optional<double> optReal(const Statement& q, int col) {
    if (q.isNull(col))
        return std::nullopt;
    return q.getDouble(col);
}

void loadParts(storage::Database& db, BuildingRecord& b) {
    auto q = db.prepare("SELECT id, floor, kind, lengths_mm, vertices_mm, height_mm, sill_mm,"
                        " area_dm2, note FROM parts WHERE building_id = ? AND deleted = 0"
                        " ORDER BY floor, rowid");
    q.bind(1, b.id);
    while (q.step()) {
        PartRecord p;
        p.id = q.getText(0);
        p.buildingId = b.id;
        p.floor = q.isNull(1) ? 1 : static_cast<int>(q.getInt(1));
        p.kind = q.getText(2);
        if (!q.isNull(3))
            p.lengthsMm = nlohmann::json::parse(q.getText(3)).get<std::vector<std::int64_t>>();
        if (!q.isNull(4))
            p.verticesMm =
                nlohmann::json::parse(q.getText(4)).get<std::vector<std::array<std::int64_t, 2>>>();
        p.heightMm = optInt(q, 5);
        p.sillMm = optInt(q, 6);
        p.areaDm2 = optInt(q, 7);
        p.note = q.getText(8);
        b.parts.push_back(std::move(p));
    }
}
} // namespace

std::optional<HouseholdRecord> loadHousehold(storage::Database& db, const std::string& householdId) {
    auto q = db.prepare(
        "SELECT h.id, h.project_id, p.code, p.name, h.code, h.address, h.door_no, h.head_name,"
        " h.head_id_number, h.head_phone, h.tenure, h.title_no, h.house_cert_no, h.land_cert_no,"
        " h.land_type, h.approved_use, h.actual_use, h.business_licence, h.status, h.notes,"
        " h.lat, h.lon, h.gps_accuracy_m, h.rev"
        " FROM households h JOIN projects p ON p.id = h.project_id"
        " WHERE h.id = ? AND h.deleted = 0");
    q.bind(1, householdId);
    if (!q.step())
        return std::nullopt;
    HouseholdRecord h;
    std::string* text[] = {&h.id,           &h.projectId,  &h.projectCode, &h.projectName,
                           &h.code,         &h.address,    &h.doorNo,      &h.headName,
                           &h.headIdNumber, &h.headPhone,  &h.tenure,      &h.titleNo,
                           &h.houseCertNo,  &h.landCertNo, &h.landType,    &h.approvedUse,
                           &h.actualUse,    &h.businessLicence, &h.status, &h.notes};
    for (int i = 0; i < 20; ++i)
        *text[i] = q.getText(i);
    h.lat = optReal(q, 20);
    h.lon = optReal(q, 21);
    h.gpsAccuracyM = optReal(q, 22);
    h.rev = q.getInt(23);
    if (h.status.empty())
        h.status = "not_surveyed";

    auto m = db.prepare("SELECT id, name, relation, id_number, phone, circumstances FROM members"
                        " WHERE household_id = ? AND deleted = 0 ORDER BY rowid");
    m.bind(1, householdId);
    while (m.step())
        h.members.push_back({m.getText(0), m.getText(1), m.getText(2), m.getText(3), m.getText(4),
                             m.getText(5)});

    auto b = db.prepare("SELECT id, no, structure, floors_above, floors_below, year_built,"
                        " registered, cert_area_dm2, measured_area_dm2, approved_use, actual_use,"
                        " orientation, recognition FROM buildings"
                        " WHERE household_id = ? AND deleted = 0 ORDER BY no, rowid");
    b.bind(1, householdId);
    while (b.step()) {
        BuildingRecord r;
        r.id = b.getText(0);
        r.no = static_cast<int>(b.getInt(1));
        r.structure = b.getText(2);
        r.floorsAbove = optInt32(b, 3);
        r.floorsBelow = optInt32(b, 4);
        r.yearBuilt = optInt32(b, 5);
        if (!b.isNull(6))
            r.registered = b.getInt(6) != 0;
        r.certAreaDm2 = optInt(b, 7);
        r.measuredAreaDm2 = optInt(b, 8);
        r.approvedUse = b.getText(9);
        r.actualUse = b.getText(10);
        r.orientation = b.getText(11);
        r.recognition = b.getText(12);
        loadParts(db, r);
        h.buildings.push_back(std::move(r));
    }

    auto it = db.prepare("SELECT id, name, unit, spec, kind, quantity_milli FROM items"
                         " WHERE household_id = ? AND deleted = 0 ORDER BY rowid");
    it.bind(1, householdId);
    while (it.step())
        h.items.push_back(
            {it.getText(0), it.getText(1), it.getText(2), it.getText(3), it.getText(4), optInt(it, 5)});

    auto ph = db.prepare("SELECT id, subject_id, category, sha256, taken_at, surveyor, lat, lon,"
                         " gps_accuracy_m FROM photos WHERE household_id = ? AND deleted = 0"
                         " ORDER BY taken_at, rowid");
    ph.bind(1, householdId);
    while (ph.step())
        h.photos.push_back({ph.getText(0), ph.getText(1), ph.getText(2), ph.getText(3),
                            ph.getText(4), ph.getText(5), optReal(ph, 6), optReal(ph, 7),
                            optReal(ph, 8)});

    auto s = db.prepare("SELECT id, role, signer_name, signed_at, signed_hash, strokes_sha256"
                        " FROM signatures WHERE household_id = ? AND deleted = 0 ORDER BY rowid");
    s.bind(1, householdId);
    while (s.step())
        h.signatures.push_back(
            {s.getText(0), s.getText(1), s.getText(2), s.getText(3), s.getText(4), s.getText(5)});
    return h;
}

} // namespace survey::households
