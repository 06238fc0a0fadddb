// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_documents.h"

#include "notices/notice_dates.h"
#include "notices/recognition_notice.h"
#include "notices/recognition_posting.h"
#include "notices/registration_form.h"
#include "notices/survey_notice.h"
#include "notices/survey_posting.h"

#include <algorithm>

namespace survey::server::notices {

namespace n = survey::notices;

namespace {
n::PostingInfo postingInfo(const NoticeSources& s, const std::string& issuedOn) {
    n::PostingInfo info;
    info.projectName = s.project.name;
    info.projectCode = s.project.code;
    info.authority = s.settings.authority;
    info.postedFrom = issuedOn;
    info.postedTo = n::addDays(issuedOn, s.settings.postingDays - 1).value_or("");
    info.postedAt = s.settings.postedAt;
    info.objectionTo = s.settings.objectionTo;
    info.contactName = s.settings.contactName;
    info.contactPhone = s.settings.contactPhone;
    return info;
}
} // namespace

n::NoticeDocument buildNoticeDocument(NoticeKind kind, const NoticeSources& s,
                                      const std::string& issuedOn) {
    switch (kind) {
    case NoticeKind::SurveyNotice: {
        n::SurveyNoticeInfo info;
        info.authority = s.settings.authority;
        info.surveyFrom = s.settings.surveyFrom;
        info.surveyTo = s.settings.surveyTo;
        info.freezeDate = s.project.freezeDate.value_or("");
        info.evidenceDeadline = s.settings.evidenceDeadline;
        info.contactName = s.settings.contactName;
        info.contactPhone = s.settings.contactPhone;
        info.issuedOn = issuedOn;
        return n::buildSurveyNotice(s.households.front(), info);
    }
    case NoticeKind::RegistrationForm:
        return n::buildRegistrationForm(s.households.front());
    case NoticeKind::SurveyPosting:
        return n::buildSurveyPosting(postingInfo(s, issuedOn), s.households);
    case NoticeKind::RecognitionNotice: {
        n::RecognitionNoticeInfo info;
        info.authority = s.settings.authority;
        info.issuedOn = issuedOn;
        info.contactName = s.settings.contactName;
        info.contactPhone = s.settings.contactPhone;
        return n::buildRecognitionNotice(s.households.front(), s.decisions, info);
    }
    case NoticeKind::RecognitionPosting:
        return n::buildRecognitionPosting(postingInfo(s, issuedOn), s.households, s.decisions);
    }
    return {};
}

bool qualifiesForBatch(NoticeKind kind, const households::HouseholdRecord& household,
                       const std::vector<n::RecognitionDecision>& decisions) {
    switch (kind) {
    case NoticeKind::SurveyNotice:
        return true;
    case NoticeKind::RegistrationForm:
        return !household.buildings.empty();
    case NoticeKind::RecognitionNotice:
        return std::any_of(household.buildings.begin(), household.buildings.end(),
                           [&](const auto& b) { return n::needsRecognition(b, decisions); });
    case NoticeKind::SurveyPosting:
    case NoticeKind::RecognitionPosting:
        return false;
    }
    return false;
}

} // namespace survey::server::notices
