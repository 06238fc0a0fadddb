// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "notices/notice_kind.h"
#include "notices/notice_sources.h"

#include <string>

namespace survey::server::notices {

/// The document of `kind` made with the shared builders from the stored records: for the
/// household kinds from sources.households.front(), for the postings from all of them.
survey::notices::NoticeDocument buildNoticeDocument(NoticeKind kind, const NoticeSources& sources,
                                                    const std::string& issuedOn);

/// Whether a household gets a notice of `kind` in a batch: every household a survey
/// notice, surveyed ones (with buildings) a registration form, and those with a building
/// that needs 认定 a recognition notice. Always false for the project postings.
bool qualifiesForBatch(NoticeKind kind, const households::HouseholdRecord& household,
                       const std::vector<survey::notices::RecognitionDecision>& decisions);

} // namespace survey::server::notices
