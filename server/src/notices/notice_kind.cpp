// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_kind.h"

#include <array>

namespace survey::server::notices {

namespace {
constexpr std::array<NoticeKindInfo, 5> kKinds = {{
    {NoticeKind::SurveyNotice, "survey_notice", "TZ", "入户调查通知书", true},
    {NoticeKind::RegistrationForm, "registration_form", "DJB", "房屋调查登记表", true},
    {NoticeKind::SurveyPosting, "survey_posting", "GS1", "调查结果公示表", false},
    {NoticeKind::RecognitionNotice, "recognition_notice", "RDTZ", "认定结果通知书", true},
    {NoticeKind::RecognitionPosting, "recognition_posting", "GS2", "认定结果公示表", false},
}};
} // namespace

std::span<const NoticeKindInfo> noticeKinds() {
    return kKinds;
}

std::optional<NoticeKindInfo> kindFromWireName(std::string_view wireName) {
    for (const auto& k : kKinds)
        if (k.wireName == wireName)
            return k;
    return std::nullopt;
}

const NoticeKindInfo& kindInfo(NoticeKind kind) {
    return kKinds[static_cast<std::size_t>(kind)];
}

} // namespace survey::server::notices
