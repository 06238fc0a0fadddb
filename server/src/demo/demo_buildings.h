// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "demo/demo_batch.h"

#include <string>

namespace survey::server::demo {

/// Adds a household's buildings (a main house, sometimes an unregistered annex) with
/// 3–6 rectangular measured parts each. Part areas and the buildings' measured areas are
/// computed with the shared area rules, exactly as a tablet sends them.
void addDemoBuildings(DemoBatch& batch, const std::string& householdId,
                      const std::string& actualUse);

} // namespace survey::server::demo
