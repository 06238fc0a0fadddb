// SPDX-License-Identifier: Apache-2.0
// The households that test_notices_http pushes into project CD, and the private numbers
// that must never reach a public document.
#pragma once

#include "survey/identity/id_number.h"

#include <nlohmann/json.hpp>
#include <string>

namespace notices_http {

using nlohmann::json;

/// A first upsert (base_rev 0) of `entity` `id` with `fields`.
inline json change(const std::string& entity, const std::string& id, json fields) {
    return {{"change_id", "c-" + id}, {"entity", entity}, {"id", id},
            {"op", "upsert"},         {"base_rev", 0},    {"fields", std::move(fields)}};
}

/// A valid GB 11643 number: region 110105, born `birth`, sequence `seq`.
inline std::string idNumber(const std::string& birth, const std::string& seq) {
    const std::string first17 = "110105" + birth + seq;
    return first17 + survey::identity::idCheckDigit(first17);
}

// The people of project CD; none of their numbers may reach a posting or the verify page.
inline const std::string kHeadId = idNumber("19500101", "001");
inline const std::string kSpouseId = idNumber("19800202", "002");
inline const std::string kRefusedHeadId = idNumber("19620315", "013");
inline constexpr const char* kHeadPhone = "13912345678";
inline constexpr const char* kSpousePhone = "13787654321";
inline constexpr const char* kRefusedPhone = "13600001111";

/// h1 signed, with a registered building (certificate 90.00, measured 15.12 + 20.00 = 35.12)
/// and an unregistered one (14.85) awaiting 认定; h2 refused to sign (one building, 30.00);
/// h3 not surveyed yet.
inline json cdSeedChanges() {
    return json::array(
        {change("household", "h1",
                {{"code", "CD-0001"},
                 {"address", "城东区解放路街道红星社区东风巷"},
                 {"door_no", "东风巷 1 号"},
                 {"head_name", "王小明"},
                 {"head_id_number", kHeadId},
                 {"head_phone", kHeadPhone},
                 {"tenure", "private"},
                 {"approved_use", "residential"},
                 {"actual_use", "residential"},
                 {"status", "signed"}}),
         change("member", "m1",
                {{"household_id", "h1"},
                 {"name", "王小明"},
                 {"relation", "self"},
                 {"id_number", kHeadId},
                 {"phone", kHeadPhone}}),
         change("member", "m2",
                {{"household_id", "h1"},
                 {"name", "刘芳"},
                 {"relation", "spouse"},
                 {"id_number", kSpouseId},
                 {"phone", kSpousePhone}}),
         change("building", "h1-b1",
                {{"household_id", "h1"},
                 {"no", 1},
                 {"structure", "04"},
                 {"registered", true},
                 {"cert_area_dm2", 9000},
                 {"recognition", "registered"}}),
         change("part", "h1-b1-p1",
                {{"building_id", "h1-b1"},
                 {"kind", "room"},
                 {"lengths_mm", {3600, 4200}},
                 {"height_mm", 2800}}),
         change("part", "h1-b1-p2",
                {{"building_id", "h1-b1"},
                 {"kind", "room"},
                 {"lengths_mm", {5000, 4000}},
                 {"height_mm", 2800}}),
         change("building", "h1-b2",
                {{"household_id", "h1"},
                 {"no", 2},
                 {"structure", "05"},
                 {"registered", false},
                 {"recognition", "pending"}}),
         change("part", "h1-b2-p1",
                {{"building_id", "h1-b2"},
                 {"kind", "room"},
                 {"lengths_mm", {4500, 3300}},
                 {"height_mm", 2600}}),
         change("household", "h2",
                {{"code", "CD-0002"},
                 {"address", "城东区解放路街道红星社区东风巷"},
                 {"door_no", "东风巷 2 号"},
                 {"head_name", "李秀英"},
                 {"head_id_number", kRefusedHeadId},
                 {"head_phone", kRefusedPhone},
                 {"tenure", "private"},
                 {"status", "refused"},
                 {"notes", "户主拒绝签字，见证人在场"}}),
         change("building", "h2-b1",
                {{"household_id", "h2"}, {"no", 1}, {"structure", "03"}, {"registered", true}}),
         change("part", "h2-b1-p1",
                {{"building_id", "h2-b1"},
                 {"kind", "room"},
                 {"lengths_mm", {6000, 5000}},
                 {"height_mm", 3000}}),
         change("household", "h3", {{"code", "CD-0003"}, {"head_name", "赵德胜"}})});
}

} // namespace notices_http
