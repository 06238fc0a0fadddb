// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

/// ItemRecord::kind of an ancillary item 附属物; items without a kind are ancillary too.
inline constexpr std::string_view kAncillaryKind = "ancillary";
/// ItemRecord::kind of a decoration item 装修.
inline constexpr std::string_view kDecorationKind = "decoration";

/// 附属物 or 装修, told apart by `kind`.
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
