// SPDX-License-Identifier: Apache-2.0
#include "survey/identity/id_number.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <stdexcept>

namespace survey::identity {

namespace {

constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kCheckChars = "10X98765432";

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int digitsValue(std::string_view s) {
    int value = 0;
    for (char c : s)
        value = value * 10 + (c - '0');
    return value;
}

// Province-level codes of GB/T 2260, plus 71 Taiwan, 81/82 Hong Kong/Macau, 83 residence
// permits for Taiwan residents and 91 foreigners' permanent residence.
bool isKnownProvince(int code) {
    constexpr std::array<std::array<int, 2>, 9> kRanges = {{
        {11, 15},
        {21, 23},
        {31, 37},
        {41, 46},
        {50, 54},
        {61, 65},
        {71, 71},
        {81, 83},
        {91, 91},
    }};
    return std::any_of(kRanges.begin(), kRanges.end(),
                       [code](const auto& r) { return code >= r[0] && code <= r[1]; });
}

bool isRealDate(int yyyymmdd) {
    const std::chrono::year_month_day date{std::chrono::year{yyyymmdd / 10000},
                                           std::chrono::month(yyyymmdd / 100 % 100),
                                           std::chrono::day(yyyymmdd % 100)};
    return date.ok();
}

IdNumberCheck failure(IdNumberError error, std::string message) {
    return {false, error, {}, std::move(message)};
}

} // namespace

char idCheckDigit(std::string_view first17) {
    if (first17.size() != kWeights.size() || !std::all_of(first17.begin(), first17.end(), isDigit))
        throw std::invalid_argument("idCheckDigit needs 17 digits");
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i)
        sum += (first17[i] - '0') * kWeights[i];
    return kCheckChars[sum % 11];
}

IdNumberCheck validateIdNumber(std::string_view id, int todayYyyymmdd) {
    if (id.empty())
        return failure(IdNumberError::Empty, "请填写身份证号");
    if (id.size() != 18)
        return failure(IdNumberError::Length, "身份证号应为18位");
    const std::string_view first17 = id.substr(0, 17);
    const char last = id[17] == 'x' ? 'X' : id[17];
    if (!std::all_of(first17.begin(), first17.end(), isDigit) || !(isDigit(last) || last == 'X'))
        return failure(IdNumberError::Characters, "身份证号前17位应为数字，末位为数字或X");
    if (!isKnownProvince(digitsValue(id.substr(0, 2))))
        return failure(IdNumberError::Region, "身份证号地区码无效");
    const int birth = digitsValue(id.substr(6, 8));
    if (birth / 10000 < 1900 || !isRealDate(birth))
        return failure(IdNumberError::BirthDate, "身份证号中的出生日期无效");
    if (birth > todayYyyymmdd)
        return failure(IdNumberError::BirthDate, "身份证号中的出生日期晚于今天");
    if (idCheckDigit(first17) != last)
        return failure(IdNumberError::CheckDigit, "身份证号校验位错误，请核对");
    return {true, IdNumberError::None, std::string(first17) + last, {}};
}

int todayYyyymmdd() {
    using namespace std::chrono;
    const year_month_day date{floor<days>(system_clock::now() + hours{8})};
    return int(date.year()) * 10000 + int(unsigned(date.month())) * 100 + int(unsigned(date.day()));
}

} // namespace survey::identity
