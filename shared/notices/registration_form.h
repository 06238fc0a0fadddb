// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "survey/households/household_record.h"
#include "survey/measure/area_rules.h"

#include <string>

namespace survey::notices {

/// The 房屋调查登记表 of one household: basic facts, members, every building with its
/// measured parts and areas recomputed by the shared rules, ancillary items (and decoration
/// items, in their own section when there are any), and the
/// 调查结果确认 signatures with their valid/stale state. ID numbers and phones are printed in
/// full because this form goes to the household itself; public tables mask them.
/// `settings` are the project's area settings (factor overrides), the same the server uses.
NoticeDocument buildRegistrationForm(const households::HouseholdRecord& household,
                                     const measure::AreaSettings& settings = {});

/// The hash that signatures on the registration form bind to (SignatureRecord::signedHash):
/// contentHash of the form built without its signature section. It equals
/// contentHash(buildRegistrationForm(household, settings)), the hash printed in the footer,
/// so a form signed on the tablet and the notice issued later carry the same digest.
std::string formContentHash(const households::HouseholdRecord& household,
                            const measure::AreaSettings& settings = {});

} // namespace survey::notices
