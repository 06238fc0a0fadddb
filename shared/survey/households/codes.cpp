// SPDX-License-Identifier: Apache-2.0
#include "survey/households/codes.h"

namespace survey::households {

namespace {
constexpr CodeLabel kTenure[] = {
    {"private", "私有"},       {"public_direct", "直管公房"},
    {"work_unit", "单位自管"}, {"co_owned", "共有"},
    {"other", "其他"},
};
constexpr CodeLabel kUse[] = {
    {"residential", "住宅"}, {"commercial", "商业"}, {"office", "办公"},
    {"production", "生产"},  {"warehouse", "仓储"},  {"other", "其他"},
};
constexpr CodeLabel kLandType[] = {{"granted", "出让"}, {"allocated", "划拨"}};
constexpr CodeLabel kStructure[] = {
    {"01", "钢结构"},   {"02", "钢、钢筋混凝土结构"}, {"03", "钢筋混凝土结构"},
    {"04", "混合结构"}, {"05", "砖木结构"},           {"06", "其他结构"},
};
constexpr CodeLabel kRelation[] = {
    {"self", "本人"},         {"spouse", "配偶"},      {"child", "子女"},       {"parent", "父母"},
    {"grandchild", "孙子女"}, {"sibling", "兄弟姐妹"}, {"in_law", "儿媳/女婿"}, {"other", "其他"},
};
constexpr CodeLabel kStatus[] = {
    {"not_surveyed", "未调查"}, {"notified", "已通知"},
    {"in_progress", "调查中"},  {"awaiting_signature", "待签字"},
    {"signed", "已签字"},       {"refused", "拒签"},
    {"absent", "无法入户"},     {"submitted", "已提交"},
    {"returned", "退回"},       {"approved", "已审核"},
    {"posted", "已公示"},       {"recognizing", "认定中"},
    {"recognized", "认定完成"}, {"recognition_posted", "认定已公示"},
};
constexpr CodeLabel kRecognition[] = {
    {"registered", "已登记"},
    {"pending", "待认定"},
    {"legal", "认定合法"},
    {"temporary_valid", "认定为临时建筑-未超期"},
    {"temporary_expired", "认定为临时建筑-已超期"},
    {"illegal", "认定违法"},
    {"self_demolished", "自行拆除"},
    {"legalized", "补办转为合法"},
};
constexpr CodeLabel kPhotoCategory[] = {
    {"facade", "门头/外观"}, {"interior", "室内"},    {"document", "证件"},
    {"ancillary", "附属物"}, {"measurement", "测量"}, {"refusal_scene", "拒签现场"},
    {"other", "其他"},
};
} // namespace

std::span<const CodeLabel> tenureCodes() {
    return kTenure;
}
std::span<const CodeLabel> useCodes() {
    return kUse;
}
std::span<const CodeLabel> landTypeCodes() {
    return kLandType;
}
std::span<const CodeLabel> structureCodes() {
    return kStructure;
}
std::span<const CodeLabel> relationCodes() {
    return kRelation;
}
std::span<const CodeLabel> statusCodes() {
    return kStatus;
}
std::span<const CodeLabel> recognitionCodes() {
    return kRecognition;
}
std::span<const CodeLabel> photoCategoryCodes() {
    return kPhotoCategory;
}

std::string_view labelFor(std::span<const CodeLabel> table, std::string_view code) {
    for (const auto& c : table)
        if (c.code == code)
            return c.label;
    return code;
}

bool isKnownCode(std::span<const CodeLabel> table, std::string_view code) {
    for (const auto& c : table)
        if (c.code == code)
            return true;
    return false;
}

} // namespace survey::households
