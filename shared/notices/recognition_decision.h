// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/households/household_record.h"

#include <span>
#include <string>

namespace survey::notices {

/// The 认定 decision on one unregistered building (domain.md §6), as the recognition
/// department issued it. `status` is a recognition code (households::recognitionCodes()),
/// dates are ISO. Kept apart from BuildingRecord until the server stores decisions.
struct RecognitionDecision {
    std::string buildingId, status, department, decisionNo, decidedOn, basis;
};

/// Whether a building belongs on the recognition documents: it is unregistered (无证), or,
/// where registration was not recorded, its recognition status says it is not registered,
/// or a decision was made on it. A decision is never left off because a flag disagrees.
bool needsRecognition(const households::BuildingRecord& building,
                      std::span<const RecognitionDecision> decisions);

/// The decision on `building`, or nullptr when none was given.
const RecognitionDecision* decisionFor(const households::BuildingRecord& building,
                                       std::span<const RecognitionDecision> decisions);

/// The building's recognition status code: the decision's when there is one, else the
/// building's own, and 待认定 (pending) when neither says anything.
std::string recognitionStatus(const households::BuildingRecord& building,
                              const RecognitionDecision* decision);

} // namespace survey::notices
