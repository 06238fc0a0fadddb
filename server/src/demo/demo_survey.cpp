// SPDX-License-Identifier: Apache-2.0
#include "demo/demo_survey.h"

#include "demo/demo_batch.h"
#include "demo/demo_buildings.h"
#include "demo/demo_people.h"
#include "sync/push_rules.h"

#include <array>
#include <cstdio>

namespace survey::server::demo {

using nlohmann::json;

namespace {
struct Street {
    std::string_view name;
    double lat, lon; ///< the street's west end
};
constexpr std::array<Street, 3> kStreets = {{{"示范路", 30.54412, 114.31235},
                                             {"建设街", 30.54571, 114.31302},
                                             {"和平巷", 30.54296, 114.31488}}};
constexpr std::string_view kDistrict = "湖北省武汉市武昌区";

// The status each household ends in, cycled; review statuses arrive with the second push.
constexpr std::array<std::string_view, 20> kStatusPlan = {
    "submitted",    "in_progress", "signed",    "approved",
    "not_surveyed", "submitted",   "notified",  "awaiting_signature",
    "signed",       "returned",    "submitted", "in_progress",
    "posted",       "refused",     "approved",  "submitted",
    "signed",       "absent",      "notified",  "in_progress"};

bool isMeasured(std::string_view status) {
    return status != "not_surveyed" && status != "notified" && status != "absent";
}

std::string digits(DemoBatch& b, int count) {
    std::string out;
    for (int i = 0; i < count; ++i)
        out += static_cast<char>('0' + b.between(0, 9));
    return out;
}

// Title papers: a unified 不动产权证 for recent transfers, the older pair otherwise.
void addTitles(DemoBatch& b, json& h) {
    if (b.chance(50)) {
        h["title_no"] = "鄂(" + std::to_string(b.between(2016, 2023)) + ")武汉市不动产权第" +
                        digits(b, 7) + "号";
    } else {
        h["house_cert_no"] = "武房权证昌字第" + digits(b, 8) + "号";
        h["land_cert_no"] =
            "武国用(" + std::to_string(b.between(1998, 2012)) + ")第" + digits(b, 5) + "号";
    }
}

void addMembers(DemoBatch& b, DemoPeople& people, const std::string& householdId,
                const DemoPerson& head) {
    auto add = [&](const DemoPerson& p, std::string_view relation, bool withPhone) {
        json m = {{"household_id", householdId},
                  {"name", p.name},
                  {"relation", relation},
                  {"id_number", p.idNumber}};
        if (withPhone)
            m["phone"] = p.phone;
        b.create("member", std::move(m));
    };
    add(head, "self", true);
    if (b.chance(70))
        add(people.person(head.birthYear - 3, head.birthYear + 3, !head.male), "spouse", true);
    const int children = b.between(0, 2);
    const std::string surname = head.name.substr(0, 3); // one CJK character in UTF-8
    for (int i = 0; i < children; ++i) {
        const auto child = people.person(head.birthYear + 22, head.birthYear + 32, std::nullopt,
                                         head.male ? std::optional(surname) : std::nullopt);
        add(child, "child", child.birthYear < 2006);
    }
}

void addItems(DemoBatch& b, const std::string& householdId) {
    if (b.chance(40))
        b.create("item", {{"household_id", householdId},
                          {"name", "围墙"},
                          {"unit", "m"},
                          {"quantity_milli", b.between(60, 260) * 100},
                          {"spec", "砖砌, 高 2.0 m"}});
    if (b.chance(20))
        b.create("item", {{"household_id", householdId},
                          {"name", "水井"},
                          {"unit", "个"},
                          {"quantity_milli", 1000},
                          {"spec", "深约 8 m"}});
}

json householdFields(DemoBatch& b, int index, const DemoPerson& head, std::string_view status) {
    const Street& street = kStreets[static_cast<std::size_t>(index) % kStreets.size()];
    const int number = 2 + 2 * (index / static_cast<int>(kStreets.size()));
    const std::string door = std::to_string(number) + (b.chance(15) ? "-1号" : "号");
    char code[16];
    std::snprintf(code, sizeof code, "SF-%03d", index + 1);
    const bool shop = b.chance(20);
    const std::string tenure = b.chance(75)   ? "private"
                               : b.chance(50) ? "public_direct"
                                              : "work_unit";
    json h = {{"code", code},
              {"address", std::string(kDistrict) + std::string(street.name) + door},
              {"door_no", door},
              {"head_name", head.name},
              {"head_id_number", head.idNumber},
              {"head_phone", head.phone},
              {"tenure", tenure},
              {"land_type", tenure == "private" ? "granted" : "allocated"},
              {"approved_use", "residential"},
              {"actual_use", shop ? "commercial" : "residential"},
              {"lat", street.lat + 0.00002 * b.between(-10, 10)},
              {"lon", street.lon + 0.00011 * number},
              {"gps_accuracy_m", b.between(25, 80) / 10.0},
              {"status", status}};
    if (tenure == "private")
        addTitles(b, h);
    if (shop) {
        h["business_licence"] = "92420106MA4" + digits(b, 7);
        h["business_trade"] = b.chance(50) ? "餐饮" : "零售";
        h["business_area_dm2"] = b.between(1800, 4500);
    }
    if (status == "refused")
        h["notes"] = "户主对测量结果有异议，拒绝签字；已请社区工作人员见证并拍照";
    if (status == "absent")
        h["notes"] = "三次上门无人，已张贴入户调查通知书";
    return h;
}
} // namespace

DemoSurvey makeDemoSurvey(std::uint32_t seed, int households) {
    std::mt19937 random(seed);
    DemoBatch survey(random);
    DemoBatch review(random);
    DemoPeople people(random);
    for (int i = 0; i < households; ++i) {
        const std::string_view finalStatus =
            kStatusPlan[static_cast<std::size_t>(i) % kStatusPlan.size()];
        // A surveyor's push can bring a household no further than 已提交.
        const std::string_view pushed =
            sync::isReviewStatus(finalStatus) ? "submitted" : finalStatus;
        const DemoPerson head = people.person(1942, 1985);
        json fields = householdFields(survey, i, head, pushed);
        const std::string actualUse = fields["actual_use"].get<std::string>();
        const std::string id = survey.create("household", std::move(fields));
        addMembers(survey, people, id, head);
        if (isMeasured(finalStatus)) {
            addDemoBuildings(survey, id, actualUse);
            addItems(survey, id);
        }
        if (sync::isReviewStatus(finalStatus))
            review.update("household", id, {{"status", finalStatus}});
    }
    return {std::move(survey.changes()), std::move(review.changes()), households};
}

} // namespace survey::server::demo
