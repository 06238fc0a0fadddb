// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/sync/protocol.h"

#include <cstdint>
#include <vector>

namespace survey::server::demo {

/// The demo's survey as two pushes, as they happen in the field: the surveyors' work,
/// then the review's status decisions (whose base_rev is known only after the first).
struct DemoSurvey {
    std::vector<survey::sync::Change> surveyChanges;
    std::vector<survey::sync::Change> reviewChanges;
    int households = 0;
};

/// Households of three streets in an old quarter of Wuhan (江城): heads and members with
/// valid ID numbers, tenure and use codes, GPS, certificates, buildings and measured
/// parts, in statuses from 未调查 to 已公示. The same seed gives the same survey.
DemoSurvey makeDemoSurvey(std::uint32_t seed, int households);

} // namespace survey::server::demo
