// SPDX-License-Identifier: Apache-2.0
#include "synthetic_project.h"

#include "notices/registration_form.h"
#include "survey/identity/id_number.h"

#include <array>
#include <random>
#include <string>

namespace survey::bench {

namespace {
using survey::households::BuildingRecord;
using survey::households::HouseholdRecord;
using survey::households::ItemRecord;
using survey::households::MemberRecord;
using survey::households::PartRecord;
using survey::households::SignatureRecord;

constexpr std::array kSurnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                  "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "欧阳"};
constexpr std::array kGiven = {"建国", "秀英", "桂兰", "志强", "丽华", "国庆", "海燕", "德胜",
                               "玉梅", "文军", "小红", "俊杰", "淑珍", "永福", "春花", "子涵"};
constexpr std::array kStreets = {"解放路", "人民路", "东风巷", "和平街", "胜利巷", "建设路"};
constexpr std::array kTenures = {"private",       "private",   "private",
                                 "public_direct", "work_unit", "co_owned"};
constexpr std::array kOrientations = {"坐北朝南", "坐南朝北", "坐西朝东", "坐东朝西"};

/// A record id unique within its household, e.g. "P3" for the third part.
std::string recordId(char prefix, int n) {
    std::string id(1, prefix);
    id += std::to_string(n);
    return id;
}

class Generator {
  public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    /// A length read from a tape: whole centimetres, occasionally millimetres.
    std::int64_t tape(int loMm, int hiMm) {
        const int mm = between(loMm, hiMm);
        return between(0, 4) == 0 ? mm : mm / 10 * 10;
    }
    template <typename A> const auto& pick(const A& a) {
        return a[static_cast<std::size_t>(between(0, static_cast<int>(a.size()) - 1))];
    }
    std::string name() { return std::string(pick(kSurnames)) + pick(kGiven); }
    std::string phone() { return "13" + std::to_string(between(100000000, 999999999)); }
    std::string idNumber(int birthYear) {
        const std::string first17 = "4201" + std::to_string(between(10, 99)) +
                                    std::to_string(birthYear) + twoDigits(between(1, 12)) +
                                    twoDigits(between(1, 28)) + std::to_string(between(100, 999));
        return first17 + survey::identity::idCheckDigit(first17);
    }
    static std::string twoDigits(int n) { return std::to_string(100 + n).substr(1); }

    PartRecord part(int floor, int index) {
        PartRecord p;
        p.id = recordId('P', index);
        p.floor = floor;
        switch (between(0, 9)) {
        case 0:
            p.kind = "balcony_outside";
            p.lengthsMm = {tape(2400, 4200), tape(1100, 1600)};
            break;
        case 1:
            p.kind = "bay_window";
            p.lengthsMm = {tape(1500, 2400), tape(450, 700)};
            p.heightMm = tape(2050, 2300);
            p.sillMm = tape(300, 600);
            break;
        case 2:
            p.kind = "stair";
            p.lengthsMm = {tape(2200, 2800), tape(4000, 5200)};
            p.heightMm = tape(2700, 3000);
            break;
        default:
            p.kind = "room";
            p.note = pick(std::array{"客厅", "主卧", "次卧", "厨房", "卫生间", "储藏室"});
            p.lengthsMm = {tape(2400, 5600), tape(2800, 6200)};
            p.heightMm = tape(2150, 3100); // a few low storeys count half
        }
        return p;
    }

    BuildingRecord building(int no) {
        BuildingRecord b;
        b.id = recordId('B', no);
        b.no = no;
        b.structure = no == 1 ? "04" : "05";
        b.floorsAbove = between(1, 3);
        b.yearBuilt = between(1965, 2008);
        b.registered = no == 1;
        b.recognition = no == 1 ? "registered" : "pending";
        b.approvedUse = "residential";
        b.actualUse = between(0, 5) == 0 ? "commercial" : "residential";
        b.orientation = pick(kOrientations);
        const int parts = between(3, 8);
        for (int i = 0; i < parts; ++i)
            b.parts.push_back(part(1 + i * *b.floorsAbove / parts, i + 1));
        if (*b.registered)
            b.certAreaDm2 = between(4000, 16000);
        return b;
    }

    std::vector<ItemRecord> items() {
        static constexpr std::array<std::array<const char*, 3>, 6> kinds = {{
            {"围墙", "m", "砖砌 高 2.2 m 厚 0.24 m"},
            {"院坪", "m²", "水泥地面 厚 0.1 m"},
            {"水井", "个", "压水井 深 8 m"},
            {"化粪池", "m³", "砖砌 带盖板"},
            {"树木", "棵", "香樟 胸径 0.2 m"},
            {"棚", "m²", "彩钢瓦 简易"},
        }};
        std::vector<ItemRecord> out;
        const int n = between(2, 4);
        for (int i = 0; i < n; ++i) {
            const auto& k = pick(kinds);
            out.push_back({recordId('I', i), k[0], k[1], k[2], "ancillary",
                           std::int64_t{between(1, 400)} * 500});
        }
        return out;
    }

    HouseholdRecord household(int i) {
        HouseholdRecord h;
        const std::string no = std::to_string(10000 + i).substr(1);
        h.id = "H" + no;
        h.projectName = "城东片区棚户区改造项目";
        h.projectCode = "CD-2026";
        h.code = "CD-" + no;
        const std::string street = pick(kStreets);
        h.address = "城东区红星街道" + street + std::to_string(between(1, 180)) + "号";
        h.doorNo = street + " " + std::to_string(between(1, 180)) + " 号";
        h.headName = name();
        h.headIdNumber = idNumber(between(1940, 1980));
        h.headPhone = phone();
        h.tenure = pick(kTenures);
        h.titleNo = "鄂(2019)武汉市不动产权第" + std::to_string(between(1000000, 9999999)) + "号";
        h.landType = between(0, 2) == 0 ? "allocated" : "granted";
        h.approvedUse = "residential";
        h.actualUse = between(0, 5) == 0 ? "commercial" : "residential";
        if (h.actualUse == "commercial")
            h.businessLicence = "91420100MA4K" + std::to_string(between(100000, 999999));
        h.notes = between(0, 3) == 0 ? "院内搭建彩钢棚一处，户主称2015年建成。" : "";
        h.members = {
            {"M1", h.headName, "self", h.headIdNumber, h.headPhone, ""},
            {"M2", name(), "spouse", idNumber(between(1945, 1982)), phone(), ""},
            {"M3", name(), "child", idNumber(between(1985, 2010)), phone(),
             between(0, 9) == 0 ? "残疾" : ""},
        };
        const int buildings = between(1, 2);
        for (int b = 1; b <= buildings; ++b)
            h.buildings.push_back(building(b));
        h.items = items();
        const std::string hash = survey::notices::formContentHash(h);
        const std::string day = "2026-03-" + twoDigits(between(1, 28));
        h.signatures = {
            SignatureRecord{"S1", "head", h.headName, day + "T10:" + twoDigits(between(0, 59)),
                            hash, ""},
            SignatureRecord{"S2", "surveyor", name(), day + "T10:" + twoDigits(between(0, 59)),
                            hash, ""},
        };
        return h;
    }

  private:
    std::mt19937 rng_;
};
} // namespace

std::vector<HouseholdRecord> syntheticProject(int count, unsigned seed) {
    Generator g(seed);
    std::vector<HouseholdRecord> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 1; i <= count; ++i)
        out.push_back(g.household(i));
    return out;
}

} // namespace survey::bench
