// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace survey::storage {
class Database;
}

namespace survey::households {

/// 家庭成员
struct MemberRecord {
    std::string id, name, relation, idNumber, phone, circumstances;
};

/// 测量部位: one measured part of a building floor. Lengths in mm, area in dm².
struct PartRecord {
    std::string id, buildingId, kind, note;
    int floor = 1;
    std::vector<std::int64_t> lengthsMm;                 ///< rectangle: {width, depth}
    std::vector<std::array<std::int64_t, 2>> verticesMm; ///< polygon
    std::optional<std::int64_t> heightMm, sillMm, areaDm2;
};

/// 幢
struct BuildingRecord {
    std::string id, structure, approvedUse, actualUse, orientation, recognition;
    int no = 1;
    std::optional<int> floorsAbove, floorsBelow, yearBuilt;
    std::optional<bool> registered;
    std::optional<std::int64_t> certAreaDm2, measuredAreaDm2;
    std::vector<PartRecord> parts; ///< ordered by floor, then insertion
};

/// 附属物
struct ItemRecord {
    std::string id, name, unit, spec, kind;
    std::optional<std::int64_t> quantityMilli;
};

struct PhotoRecord {
    std::string id, subjectId, category, sha256, takenAt, surveyor;
    std::optional<double> lat, lon, gpsAccuracyM;
};

struct SignatureRecord {
    std::string id, role, signerName, signedAt, signedHash, strokesSha256;
};

/// A whole household as the documents and the review need it (live rows only).
struct HouseholdRecord {
    std::string id, projectId, projectCode, projectName, code, address, doorNo;
    std::string headName, headIdNumber, headPhone, tenure, titleNo, houseCertNo, landCertNo;
    std::string landType, approvedUse, actualUse, businessLicence, status, notes;
    std::optional<double> lat, lon, gpsAccuracyM;
    std::int64_t rev = 0;
    std::vector<MemberRecord> members;
    std::vector<BuildingRecord> buildings; ///< ordered by building no
    std::vector<ItemRecord> items;
    std::vector<PhotoRecord> photos;
    std::vector<SignatureRecord> signatures;
};

/// Loads one household and everything under it from the shared schema (server or tablet
/// database alike); nullopt when there is no live household with that id.
std::optional<HouseholdRecord> loadHousehold(storage::Database& db, const std::string& householdId);

} // namespace survey::households
