// SPDX-License-Identifier: Apache-2.0
#include "notices/recognition_decision.h"

namespace survey::notices {

const RecognitionDecision* decisionFor(const households::BuildingRecord& building,
                                       std::span<const RecognitionDecision> decisions) {
    if (building.id.empty())
        return nullptr;
    for (const auto& d : decisions)
        if (d.buildingId == building.id)
            return &d;
    return nullptr;
}

bool needsRecognition(const households::BuildingRecord& building,
                      std::span<const RecognitionDecision> decisions) {
    if (decisionFor(building, decisions))
        return true;
    if (building.registered)
        return !*building.registered;
    return !building.recognition.empty() && building.recognition != "registered";
}

std::string recognitionStatus(const households::BuildingRecord& building,
                              const RecognitionDecision* decision) {
    if (decision && !decision->status.empty())
        return decision->status;
    return building.recognition.empty() ? "pending" : building.recognition;
}

} // namespace survey::notices
