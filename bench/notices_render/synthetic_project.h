// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/households/household_record.h"

#include <vector>

namespace survey::bench {

/// A synthetic expropriation project of `count` households, the same for the same `seed`:
/// each with a head and two members (valid GB 11643 ID numbers), one or two buildings of
/// three to eight measured parts of plausible sizes, a few ancillary items, and the head's
/// and the surveyor's signatures bound to the form's content hash.
std::vector<survey::households::HouseholdRecord> syntheticProject(int count, unsigned seed);

} // namespace survey::bench
