// SPDX-License-Identifier: Apache-2.0
#include "notices/recognition_consequence.h"

namespace survey::notices {

namespace {
struct Entry {
    std::string_view code;
    RecognitionConsequence consequence;
};

using enum RecognitionConsequence::Compensation;

constexpr std::string_view kCompensated = "予以补偿";
constexpr std::string_view kNotCompensated = "不予补偿";

constexpr Entry kEntries[] = {
    {"legal",
     {Yes, kCompensated, "该建筑经认定为合法建筑，依照《条例》第二十四条第二款，予以补偿。"}},
    {"temporary_valid",
     {Yes, kCompensated,
      "该建筑经认定为未超过批准期限的临时建筑，依照《条例》第二十四条第二款，予以补偿。"}},
    {"legalized", {Yes, kCompensated, "该建筑已依法补办手续转为合法建筑，按合法建筑予以补偿。"}},
    {"illegal",
     {No, kNotCompensated, "该建筑经认定为违法建筑，依照《条例》第二十四条第二款，不予补偿。"}},
    {"temporary_expired",
     {No, kNotCompensated,
      "该建筑经认定为超过批准期限的临时建筑，依照《条例》第二十四条第二款，不予补偿。"}},
    // Nothing is left to value once the owner has removed the building. Many cities reward
    // early self-removal of unlawful structures under local rules, which is not this
    // notice's decision, hence the pointer to those rules rather than a promise.
    {"self_demolished",
     {No, "已拆除，不予补偿",
      "该建筑已由被征收人自行拆除，征收时房屋已不存在，不予补偿；当地对自行拆除另有奖励"
      "或者补助规定的，按照规定另行办理。"}},
    {"pending",
     {Undecided, "尚未认定",
      "该建筑尚未认定，是否予以补偿以认定结果为准；认定结果作出后另行书面通知。"}},
    {"registered", {Yes, "按登记补偿", "该建筑已办理房屋登记，无需认定，按登记情况予以补偿。"}},
};
} // namespace

RecognitionConsequence recognitionConsequence(std::string_view statusCode) {
    for (const auto& e : kEntries)
        if (e.code == statusCode)
            return e.consequence;
    return {Undecided, "待核实", "该建筑的认定状态无法识别，是否予以补偿须核实后另行书面通知。"};
}

} // namespace survey::notices
