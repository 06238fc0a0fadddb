// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"
#include "survey/households/household_record.h"
#include "survey/measure/area_rules.h"

#include <vector>

namespace survey::notices {

/// The building part of the registration form: per building its facts and a table of
/// measured parts with a subtotal, then an area summary with the certificate and measured
/// areas side by side and the household total.
std::vector<Section> buildingSections(const std::vector<households::BuildingRecord>& buildings,
                                      const measure::AreaSettings& settings);

} // namespace survey::notices
