// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace survey::server::notices {

/// The five notices of domain.md §3, as named on the wire (design.md §3).
enum class NoticeKind {
    SurveyNotice,
    RegistrationForm,
    SurveyPosting,
    RecognitionNotice,
    RecognitionPosting
};

/// What the server needs to know about a kind.
struct NoticeKindInfo {
    NoticeKind kind;
    std::string_view wireName; ///< survey_notice …
    std::string_view code;     ///< the serial's KINDCODE: TZ, DJB, GS1, RDTZ, GS2
    std::string_view label;    ///< 入户调查通知书 …
    bool perHousehold;         ///< false for the project postings (一榜, 二榜)
};

/// All kinds in procedure order.
std::span<const NoticeKindInfo> noticeKinds();
/// The kind named `wireName` on the wire, if any.
std::optional<NoticeKindInfo> kindFromWireName(std::string_view wireName);
/// The facts about `kind`.
const NoticeKindInfo& kindInfo(NoticeKind kind);

} // namespace survey::server::notices
