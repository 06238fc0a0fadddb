// SPDX-License-Identifier: Apache-2.0
#include "demo/demo_people.h"

#include "survey/identity/id_number.h"

#include <array>
#include <cstdio>

namespace survey::server::demo {

namespace {
constexpr std::array<const char*, 24> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵",
                                                   "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
                                                   "何", "高", "林", "罗", "郑", "梁", "谢", "宋"};
constexpr std::array<const char*, 16> kMenNames = {"建国", "志强", "国庆", "文斌", "德明", "建华",
                                                   "俊杰", "晓东", "卫东", "立新", "永刚", "海涛",
                                                   "振华", "明辉", "家豪", "子轩"};
constexpr std::array<const char*, 16> kWomenNames = {"秀英", "桂兰", "丽华", "海燕", "玉梅", "淑珍",
                                                     "红梅", "春梅", "永红", "金凤", "秀珍", "慧敏",
                                                     "晓丽", "雅琴", "梓涵", "欣怡"};
// Districts of Wuhan (江城), where the demo's streets are imagined.
constexpr std::array<const char*, 4> kRegions = {"420102", "420103", "420106", "420111"};
constexpr std::array<const char*, 8> kMobilePrefixes = {"133", "135", "138", "139",
                                                        "150", "158", "186", "189"};
} // namespace

std::string makeIdNumber(std::string_view region6, int yyyymmdd, int sequence, bool male) {
    // The sequence's last digit carries the sex: odd for men, even for women.
    const int seq = (sequence % 500) * 2 + (male ? 1 : 0);
    char birthAndSequence[16];
    std::snprintf(birthAndSequence, sizeof birthAndSequence, "%08d%03d", yyyymmdd % 100000000,
                  seq % 1000);
    const std::string first17 = std::string(region6.substr(0, 6)) + birthAndSequence;
    return first17 + identity::idCheckDigit(first17);
}

int DemoPeople::between(int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random_);
}

std::string DemoPeople::phone() {
    std::string number = kMobilePrefixes[between(0, kMobilePrefixes.size() - 1)];
    for (int i = 0; i < 8; ++i)
        number += static_cast<char>('0' + between(0, 9));
    return number;
}

DemoPerson DemoPeople::person(int bornFrom, int bornTo, std::optional<bool> male,
                              std::optional<std::string> surname) {
    DemoPerson p;
    p.male = male.value_or(between(0, 1) == 1);
    const auto& given = p.male ? kMenNames : kWomenNames;
    p.name = surname.value_or(kSurnames[between(0, kSurnames.size() - 1)]) +
             given[between(0, given.size() - 1)];
    p.birthYear = between(bornFrom, bornTo);
    // Day 1..28 is a real date in every month.
    const int birth = p.birthYear * 10000 + between(1, 12) * 100 + between(1, 28);
    p.idNumber =
        makeIdNumber(kRegions[between(0, kRegions.size() - 1)], birth, between(0, 499), p.male);
    p.phone = phone();
    return p;
}

} // namespace survey::server::demo
