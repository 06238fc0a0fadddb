// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace survey::households {

/// The street (街巷) of a 坐落 address: the text before its house number, trimmed, e.g.
/// "和平街道人民路128号" → "和平街道人民路". Teams and the back office group households by
/// it; the schema keeps only the address, so tablet and server derive it the same way.
/// An address without a number is its own street; an empty address has none ("").
std::string streetOf(std::string_view address);

} // namespace survey::households
